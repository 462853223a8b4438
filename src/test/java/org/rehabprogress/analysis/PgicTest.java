package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.canonical.Measure;

/**
 * The PGIC (SPEC 3c): the latest score of the report month in words, 1-2 as the patient's own sense
 * of important improvement (Farrar et al. 2001), and its agreement with the pain status pointed
 * out.
 */
class PgicTest {

  @Test
  void takesTheLatestScoreOfTheMonth() {
    // September: 09-05 gives 5, 09-20 gives 2: the latest is 09-20's; October's 1 is after end
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 5)
            .symptom("2026-09-05", Measure.PGIC, 5)
            .symptom("2026-09-20", Measure.PGIC, 2)
            .symptom("2026-10-02", Measure.PGIC, 1)
            .september();
    assertEquals(2.0, r.summary().pgicLatest());
    assertEquals(LocalDate.parse("2026-09-20"), r.panel().pgic().day());
    assertEquals("much improved", r.panel().pgic().words());
    assertTrue(r.panel().pgic().importantImprovement());
  }

  @Test
  void aScoreBeforeTheMonthOrBeforeTheStartIsNotTheMonths() {
    // treatment starts 09-10: the 09-05 score is before it; August's score is before the month
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-10")
            .symptom("2026-08-20", Measure.PGIC, 2)
            .symptom("2026-09-05", Measure.PGIC, 3)
            .painDays("2026-09-10", 5)
            .september();
    assertNull(r.panel().pgic());
    assertEquals(Double.NaN, r.summary().pgicLatest());
  }

  @Test
  void aDayWithTwoScoresHasTheirMean() {
    // 09-20: (2 + 3) / 2 = 2.5, said between two scores; not 1-2 as shown
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 5)
            .symptom("2026-09-20", Measure.PGIC, 2)
            .symptom("2026-09-20", Measure.PGIC, 3)
            .september();
    assertEquals(2.5, r.summary().pgicLatest());
    assertEquals("between much improved and minimally improved", r.panel().pgic().words());
    assertFalse(r.panel().pgic().importantImprovement());
  }

  @ParameterizedTest
  @CsvSource({
    "1, very much improved",
    "2, much improved",
    "3, minimally improved",
    "4, no change",
    "5, minimally worse",
    "6, much worse",
    "7, very much worse"
  })
  void saysEachScoreInWords(int score, String words) {
    assertEquals(words, Pgic.words(score));
  }

  @ParameterizedTest
  @CsvSource({
    // pain baseline (09-01 .. 09-04), current (09-27 .. 09-30), PGIC, status, agreement
    "8, 4, 1, IMPROVED, AGREES",
    "8, 4, 2, IMPROVED, AGREES",
    "8, 4, 3, IMPROVED, DISAGREES", // minimally improved: not the patient's important improvement
    "5, 5, 2, UNCHANGED, DISAGREES", // the patient feels much improved; pain has not moved
    "5, 5, 4, UNCHANGED, AGREES",
    "5, 5, 5, UNCHANGED, AGREES",
    "5, 5, 6, UNCHANGED, DISAGREES",
    "3, 6, 7, WORSE, AGREES",
    "3, 6, 2, WORSE, DISAGREES",
    "3, 6, 4, WORSE, DISAGREES",
  })
  void pointsOutADisagreementWithThePainStatus(
      double baseline, double current, int pgic, Status status, Pgic.Agreement agreement) {
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", baseline, baseline, baseline, baseline)
            .painDays("2026-09-27", current, current, current, current)
            .symptom("2026-09-30", Measure.PGIC, pgic)
            .september();
    assertEquals(status, r.status());
    assertEquals(agreement, r.panel().pgic().agreement());
  }

  @Test
  void doesNotCompareWithInsufficientData() {
    // pain on 09-01 only: INSUFFICIENT_DATA
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 5)
            .symptom("2026-09-30", Measure.PGIC, 1)
            .september();
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Pgic.Agreement.NOT_COMPARED, r.panel().pgic().agreement());
  }
}
