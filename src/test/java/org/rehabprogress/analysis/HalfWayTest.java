package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.Round;

/**
 * Figures that are exactly half-way at the printed decimals (x.xx5) round half away from zero, as
 * exact arithmetic gives them (SPEC section 3); each case is one where binary floating point lands
 * on the other side of the half, noted beside it.
 */
class HalfWayTest {

  @Test
  void aBaselineOfExactlySevenSixSevenFivePrintsSevenSixEight() {
    // (7.56 + 7.93 + 7.79 + 7.42) / 4 = 30.70 / 4 = 7.675 exactly (binary: 7.674999999999999)
    for (Measure m : new Measure[] {Measure.PAIN, Measure.ANXIETY, Measure.SLEEP_HOURS}) {
      PatientSummary s =
          new LogBuilder().days(m, "2026-09-01", 7.56, 7.93, 7.79, 7.42).september().summary();
      double baseline =
          switch (m) {
            case PAIN -> s.painBaseline();
            case ANXIETY -> s.anxietyBaseline();
            default -> s.sleepHoursBaseline();
          };
      assertEquals("7.68", Round.format(baseline), m.column());
    }
  }

  @Test
  void aCurrentFigureAndAChangeAtAHalf() {
    // baseline 9 (09-01 .. 09-04); current (7.56 + 7.93 + 7.79 + 7.42) / 4 = 7.675 (09-27 ..
    // 09-30): change 7.675 - 9 = -1.325 exactly, shown -1.33; change % -1.325 / 9 * 100 =
    // -14.7222... shown -14.72
    PatientSummary s =
        new LogBuilder()
            .painDays("2026-09-01", 9, 9, 9, 9)
            .painDays("2026-09-27", 7.56, 7.93, 7.79, 7.42)
            .september()
            .summary();
    assertEquals("7.68", Round.format(s.painCurrent()));
    assertEquals("-1.33", Round.format(s.painChange()));
    assertEquals("-14.72", Round.format(s.painChangePct()));
  }

  /** Walking on 09-01, 09-03, 09-05 with next-day pain 2.8, 2.15, 1.065; golf with pain 1. */
  private static PatientResult nextDays() {
    return new LogBuilder()
        .activity("2026-09-01", "walking", LOW_IMPACT, 30)
        .pain("2026-09-02", 2.8)
        .activity("2026-09-03", "walking", LOW_IMPACT, 30)
        .pain("2026-09-04", 2.15)
        .activity("2026-09-05", "walking", LOW_IMPACT, 30)
        .pain("2026-09-06", 1.065)
        .activity("2026-09-10", "golf", FLAGGED, 30)
        .pain("2026-09-11", 1)
        .activity("2026-09-12", "golf", FLAGGED, 30)
        .pain("2026-09-13", 1)
        .activity("2026-09-14", "golf", FLAGGED, 30)
        .pain("2026-09-15", 1)
        .september();
  }

  @Test
  void nextDayMeansAndTheirDifferenceAtAHalf() {
    PatientSummary s = nextDays().summary();
    // (2.8 + 2.15 + 1.065) / 3 = 6.015 / 3 = 2.005 exactly (binary: 2.0049999999999994)
    assertEquals("2.01", Round.format(s.nextDayPainAfterLowImpact()));
    assertEquals("1.00", Round.format(s.nextDayPainAfterFlagged()));
    // 1 - 2.005 = -1.005 exactly, shown -1.01 (binary: -1.0049999999999994, shown -1.00)
    assertEquals("-1.01", Round.format(s.flaggedMinusLowImpact()));
  }

  @Test
  void aSpreadOfExactlyAHalfHundredth() {
    // next-day pain 0.1, 0.105, 0.11: mean 0.105, squared deviations 0.000025 + 0 + 0.000025,
    // over n - 1 = 2: 0.000025, SD 0.005 exactly, shown 0.01 (binary: 0.0049999999999999975)
    PatientResult r =
        new LogBuilder()
            .activity("2026-09-01", "walking", LOW_IMPACT, 30)
            .pain("2026-09-02", 0.1)
            .activity("2026-09-03", "walking", LOW_IMPACT, 30)
            .pain("2026-09-04", 0.105)
            .activity("2026-09-05", "walking", LOW_IMPACT, 30)
            .pain("2026-09-06", 0.11)
            .september();
    NextDayPain walking = r.nextDay(Exposure.LOW_IMPACT);
    assertEquals("0.01", Round.format(walking.sd()));
    assertEquals("0.11", Round.format(walking.mean())); // 0.105 exactly
  }

  @Test
  void minutesPerWeekAtAHalf() {
    // 0.15 low-impact minutes over the 30 days of September: 7 * 0.15 / 30 = 0.035 exactly, shown
    // 0.04 (binary 0.15 / (30 / 7.0) = 0.034999999999999996, shown 0.03)
    PatientSummary s =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .activity("2026-09-02", "walking", LOW_IMPACT, 0.15)
            .september()
            .summary();
    assertEquals("0.04", Round.format(s.lowImpactMinPerWeek()));
  }

  @Test
  void aTrendOfExactlyAnEighthAWeek() {
    // 14 days 09-17 .. 09-30, day i (0 .. 13) with seven entries: six of 5 and one of
    // 5 + 0.125 i, so daily pain is 5 + 0.125 i / 7: every pairwise slope is 0.125 / 7 a day,
    // 0.125 a week exactly, shown 0.13 (binary: 0.12499999999999985, shown 0.12)
    LogBuilder b = new LogBuilder();
    LocalDate first = LocalDate.parse("2026-09-17");
    for (int i = 0; i < 14; i++) {
      String day = first.plusDays(i).toString();
      for (int k = 0; k < 6; k++) {
        b.pain(day, 5);
      }
      b.pain(day, 5 + 0.125 * i);
    }
    assertEquals("0.13", Round.format(b.september().summary().painTrendPerWeek()));
  }

  @Test
  void aTrendThroughTheGeneralExactRoute() {
    // as above with 5 digits after the point (5 + 0.12345 i in one of seven entries): the common
    // unit 1 / (7 * 10^5) is too fine for the fast route, so the middle slopes are found in a band
    // and ordered exactly: 0.12345 a week, which at 4 decimals is a half: 0.1235
    LogBuilder b = new LogBuilder();
    LocalDate first = LocalDate.parse("2026-09-17");
    for (int i = 0; i < 14; i++) {
      String day = first.plusDays(i).toString();
      for (int k = 0; k < 6; k++) {
        b.pain(day, 5);
      }
      b.pain(day, 5 + 0.12345 * i);
    }
    double trend = b.september().summary().painTrendPerWeek();
    assertEquals("0.1235", Round.format(trend, 4));
    assertEquals(Ratio.of(12345, 100000).toDouble(), trend);
  }

  @Test
  void keepsExactWhenTheLongRouteWouldOverflow() {
    // ten entries of 9.5 on 09-01, then 0.12345678901234568 (17 digits after the point) on 09-02:
    // the day sums at 10^-17 would overflow a long, so the column moves to exact fractions.
    // Baseline (9.5 + 0.12345678901234568 + 5 + 5) / 4 = 19.62345678901234568 / 4.
    LogBuilder b = new LogBuilder();
    for (int k = 0; k < 10; k++) {
      b.pain("2026-09-01", 9.5);
    }
    b.pain("2026-09-02", 0.12345678901234568).pain("2026-09-03", 5).pain("2026-09-04", 5);
    double baseline = b.september().summary().painBaseline();
    assertEquals(Ratio.of(1962345678901234568L, 400000000000000000L).toDouble(), baseline);
    assertEquals("4.91", Round.format(baseline));
  }
}
