package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Theil-Sen pain trend over the 84 days ending at the end day, in points per week. */
class TrendTest {

  /** Pain 1, 1.5, .., 7 on 2026-11-10 .. 2026-11-22: 0.5 points a day. */
  private static LogBuilder thirteenRisingDays() {
    return new LogBuilder()
        .treatmentStart("2026-09-01")
        .painDays("2026-11-10", 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7);
  }

  @Test
  void takesTheMedianPairwiseSlopePerWeek() {
    // 14 days give 91 pairwise slopes; the 78 among the 13 rising days are all 0.5, so the
    // median is 0.5 points a day, whatever the outlier (pain 0 on 11-30): 3.5 points a week
    PatientResult r =
        thirteenRisingDays().pain("2026-11-30", 0).analyse("2026-11-01", "2026-11-30");
    assertEquals(3.5, r.summary().painTrendPerWeek());
  }

  @Test
  void needsFourteenDaysWithPain() {
    PatientResult r = thirteenRisingDays().analyse("2026-11-01", "2026-11-30");
    assertEquals(Double.NaN, r.summary().painTrendPerWeek());
  }

  @ParameterizedTest
  @CsvSource({
    // the 14th day; the window of end 11-30 is 09-08 (end-83) .. 11-30
    "2026-09-08, 3.5",
    "2026-09-07, NaN",
    "2026-12-01, NaN", // after the end: ignored
  })
  void coversTheEightyFourDaysEndingAtTheEnd(String day, double trend) {
    PatientResult r = thirteenRisingDays().pain(day, 10).analyse("2026-11-01", "2026-11-30");
    assertEquals(trend, r.summary().painTrendPerWeek());
  }

  @Test
  void takesTheWindowLiterallyEvenBeforeStart() {
    // treatment starts 11-20, but the 84 days ending 11-30 include the earlier entries
    PatientResult r =
        new LogBuilder()
            .painDays("2026-11-10", 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7)
            .pain("2026-11-30", 0)
            .treatmentStart("2026-11-20")
            .analyse("2026-11-01", "2026-11-30");
    assertEquals(3.5, r.summary().painTrendPerWeek());
    assertEquals(Status.INSUFFICIENT_DATA, r.status()); // too early for a current figure
  }

  @Test
  void measuresAFallingTrend() {
    // pain 8 - 0.25 a day over 14 consecutive days: every pairwise slope is -0.25, -1.75 a week
    double[] pain = new double[14];
    for (int i = 0; i < pain.length; i++) {
      pain[i] = 8 - 0.25 * i;
    }
    PatientResult r =
        new LogBuilder().painDays("2026-11-17", pain).analyse("2026-11-01", "2026-11-30");
    assertEquals(-1.75, r.summary().painTrendPerWeek());
  }
}
