package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weeks in treatment, the 12-week review flag and the NICE TA159 persistent-pain flag. */
class FlagsTest {

  /**
   * Baseline pain {@code b} on the first 4 days from 2026-09-01, current pain {@code c1 .. c4} on
   * the 4 days ending {@code span} days after the start, analysed for the end day's month.
   */
  private static PatientResult patient(int span, double b, double... current) {
    LocalDate end = LocalDate.parse("2026-09-01").plusDays(span);
    return new LogBuilder()
        .painDays("2026-09-01", b, b, b, b)
        .painDays(end.minusDays(current.length - 1L).toString(), current)
        .analyse(end.withDayOfMonth(1).toString(), end.toString());
  }

  @ParameterizedTest
  @CsvSource({
    // end - start, weeks: floor(days / 7)
    "27, 3",
    "29, 4", // SPEC's example: 2026-09-01 .. 2026-09-30
    "83, 11",
    "84, 12",
    "181, 25",
    "182, 26",
  })
  void countsWholeWeeksSinceStart(int span, int weeks) {
    assertEquals(weeks, patient(span, 5, 5, 5, 5, 5).summary().weeksInTreatment());
  }

  @ParameterizedTest
  @CsvSource({
    // end - start, baseline, current, status, review flag
    "83, 5, 5, UNCHANGED, false", // 11 weeks
    "84, 5, 5, UNCHANGED, true", // 12 weeks
    "84, 5, 7, WORSE, true",
    "84, 5, 3, IMPROVED, false",
  })
  void flagsForReviewFromTwelveWeeksUnlessImproved(
      int span, double b, double c, Status status, boolean review) {
    PatientSummary s = patient(span, b, c, c, c, c).summary();
    assertEquals(status, s.status());
    assertEquals(review, s.reviewFlag());
  }

  @ParameterizedTest
  @CsvSource({"84, 5, 5", "84, 5, 7"})
  void givesNoReviewFlagWithoutEnoughData(int span, double b, double c) {
    PatientSummary s = patient(span, b, c, c, c).summary(); // 3 current days
    assertEquals(Status.INSUFFICIENT_DATA, s.status());
    assertEquals(false, s.reviewFlag());
  }

  @ParameterizedTest
  @CsvSource({
    // end - start, the four current days (mean), persistent-pain flag
    "182, 5, 5, 5, 4.98, true", // 4.995 shows 5.00
    "182, 5, 5, 4.99, 4.986, false", // 4.994 shows 4.99
    "182, 5, 5, 5, 5, true",
    "181, 6, 6, 6, 6, false", // 25 weeks
  })
  void flagsPersistentPainFromTwentySixWeeksAtFive(
      int span, double c1, double c2, double c3, double c4, boolean flag) {
    assertEquals(flag, patient(span, 5, c1, c2, c3, c4).summary().persistentPainFlag());
  }

  @ParameterizedTest
  @CsvSource({"27", "84"})
  void givesNoPersistentPainFlagWithoutCurrentPain(int span) {
    assertEquals(false, patient(span, 8, 8).summary().persistentPainFlag());
  }

  @Test
  void explainsEachRaisedFlag() {
    PatientResult r = patient(182, 5, 5, 5, 5, 4.98);
    assertEquals(
        List.of(
            "weeks in treatment 26 >= 12 and status UNCHANGED: conservative treatment has not"
                + " produced a clinically important pain improvement after 26 weeks",
            "weeks in treatment 26 >= 26 and current pain 5.00 >= 5.0: persistent pain despite"
                + " conservative care (NICE TA159)"),
        r.flagRules());
    assertEquals(List.of(), patient(83, 5, 5, 5, 5, 5).flagRules());
  }
}
