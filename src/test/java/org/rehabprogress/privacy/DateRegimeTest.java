package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRegimeTest {

  private static final PseudonymKey TEST_KEY = PseudonymTest.key("test-key-0123456789");

  @ParameterizedTest
  @CsvSource({
    "2026-09-01, 2026-09-01, 2000-01-01",
    "2026-09-02, 2026-09-01, 2000-01-02",
    "2026-10-01, 2026-09-01, 2000-01-31",
    "2026-08-31, 2026-09-01, 1999-12-31",
    "2019-07-15, 2026-03-02, 1993-05-15",
    "2024-03-01, 2024-02-28, 2000-01-03"
  })
  void studyDatesPutStartOnTheEpochAndKeepEveryDistance(
      LocalDate date, LocalDate start, LocalDate expected) {
    assertEquals(expected, StudyDates.of(date, start));
    int offset = DateRegime.STUDY.offset(TEST_KEY, "P1", (int) start.toEpochDay());
    assertEquals(expected, LocalDate.ofEpochDay(date.toEpochDay() + offset));
  }

  // Each expected value: printf 'date-shift:<id>' | openssl dgst -sha256 -hmac
  // 'test-key-0123456789'
  // gives a MAC whose first 4 bytes u (e.g. cfca75d7 = 3486152151) give 1 + u mod 364.
  @ParameterizedTest
  @CsvSource({
    "P00000, 28", // cfca75d7
    "PAT-ALPHA-001, 111", // a162e55a
    "P00419, 1", // 3a7588c8: u mod 364 = 0, the smallest shift
    "P00899, 364" // 3096627f: u mod 364 = 363, the largest shift
  })
  void shiftIsOnePlusTheFirstFourMacBytesModulo364(String id, int days) {
    assertEquals(days, DateShift.days(TEST_KEY, id));
    assertEquals(-days, DateRegime.SHIFT.offset(TEST_KEY, id, 0));
  }

  @Test
  void shiftStaysWithinOneTo364DaysAndUsesTheWholeRange() {
    boolean[] seen = new boolean[DateShift.MAX_DAYS + 1];
    for (int i = 0; i < 5000; i++) {
      int days = DateShift.days(TEST_KEY, String.format(java.util.Locale.ROOT, "P%05d", i));
      assertTrue(days >= 1 && days <= 364, "shift " + days);
      seen[days] = true;
    }
    for (int days = 1; days <= 364; days++) {
      assertTrue(seen[days], "no id of 5000 shifted by " + days);
    }
  }

  @Test
  void shiftDependsOnTheKey() {
    assertEquals(28, DateShift.days(TEST_KEY, "P00000"));
    assertTrue(DateShift.days(PseudonymTest.key("another key"), "P00000") != 28);
  }

  @Test
  void regimesAreNamedAsTheManifestStatesThem() {
    assertEquals("study-dates", DateRegime.STUDY.label());
    assertEquals("shifted-dates", DateRegime.SHIFT.label());
    assertTrue(DateRegime.SHIFT.description().startsWith("a limited data set, not Safe Harbor"));
  }
}
