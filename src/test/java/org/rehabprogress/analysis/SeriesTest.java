package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.NEUTRAL;
import static org.rehabprogress.catalog.ActivityClass.UNCLASSIFIED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabprogress.canonical.Measure;

/** The daily series for charts: daily means, rolling means, minutes per class, windows. */
class SeriesTest {

  private static final double NA = Double.NaN;

  @Test
  void needsFourOfSevenDaysForARollingMean() {
    // pain on 09-01, 09-03, 09-05, 09-07 (2, 4, 6, 8)
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 2)
            .pain("2026-09-03", 4)
            .pain("2026-09-05", 6)
            .pain("2026-09-07", 8)
            .analyse("2026-09-01", "2026-09-10");
    // 09-07: (2 + 4 + 6 + 8) / 4; 09-08: days 09-02 .. 09-08 hold 3 values; 09-09 and 09-10 too
    assertArrayEquals(new double[] {NA, NA, NA, NA, NA, NA, 5, NA, NA, NA}, r.series().painMean7());
  }

  @Test
  void averagesTheDaysWithAValueInTheLastSeven() {
    // pain on 09-01 .. 09-05 (1 .. 5); 09-04: (1 + 2 + 3 + 4) / 4 = 2.5; 09-05: (1+2+3+4+5) / 5 = 3
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 1, 2, 3, 4, 5)
            .days(Measure.ANXIETY, "2026-09-01", 4, 4, 4, 4)
            .days(Measure.SLEEP_HOURS, "2026-09-01", 6, 8, 6, 8)
            .pain("2026-09-08", 4)
            .analyse("2026-09-01", "2026-09-09");
    // 09-06, 09-07: 1 .. 5 still in the window, mean 3; 09-08: 09-02 .. 09-08 holds 2, 3, 4, 5, 4:
    // 18 / 5 = 3.6; 09-09: after the last pain value, so the line has stopped
    assertArrayEquals(new double[] {NA, NA, NA, 2.5, 3, 3, 3, 3.6, NA}, r.series().painMean7());
    assertEquals(4.0, r.series().anxietyMean7()[3]);
    // (6 + 8 + 6 + 8) / 4 = 7
    assertEquals(7.0, r.series().sleepHoursMean7()[3]);
  }

  @Test
  void stopsTheRollingMeanAtTheLastValue() {
    // pain on 09-01 .. 09-05 (1 .. 5) and nothing after: a trailing mean would go on to 09-07 (3)
    // and 09-08 (2, 3, 4, 5: 3.5); the line stops at 09-05, the last entry (SPEC section 4)
    PatientResult r =
        new LogBuilder().painDays("2026-09-01", 1, 2, 3, 4, 5).analyse("2026-09-01", "2026-09-09");
    assertArrayEquals(new double[] {NA, NA, NA, 2.5, 3, NA, NA, NA, NA}, r.series().painMean7());
    // anxiety and sleep hours have no value at all: no line
    assertArrayEquals(new double[] {NA, NA, NA, NA, NA, NA, NA, NA, NA}, r.series().anxietyMean7());
  }

  @Test
  void runsFromTheEarlierOfStartAndTheFirstEntryToTheEnd() {
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-05")
            .activity("2026-09-02", "walking", LOW_IMPACT, 30)
            .pain("2026-09-10", 4)
            .analyse("2026-09-01", "2026-09-30");
    assertEquals(LocalDate.parse("2026-09-02"), r.series().first());
    assertEquals(LocalDate.parse("2026-09-30"), r.series().last());
    assertEquals(29, r.series().length());
    assertEquals(LocalDate.parse("2026-09-10"), r.series().day(8));
    assertEquals(4.0, r.series().pain()[8]);
    assertEquals(30.0, r.series().lowImpactMinutes()[0]);
    PatientResult later =
        new LogBuilder()
            .treatmentStart("2026-08-30")
            .pain("2026-09-10", 4)
            .analyse("2026-09-01", "2026-09-30");
    assertEquals(LocalDate.parse("2026-08-30"), later.series().first());
  }

  @Test
  void sumsMinutesPerClassWithUnclassifiedAsNeutral() {
    PatientResult r =
        new LogBuilder()
            .activity("2026-09-01", "walking", LOW_IMPACT, 30)
            .activity("2026-09-01", "swimming", LOW_IMPACT, 15)
            .activity("2026-09-01", "golf", FLAGGED, 20)
            .activity("2026-09-01", "hiking", NEUTRAL, 10)
            .activity("2026-09-01", "parkour", UNCLASSIFIED, 5)
            .activity("2026-09-02", "parkour", UNCLASSIFIED, 7)
            .analyse("2026-09-01", "2026-09-02");
    assertArrayEquals(new double[] {45, 0}, r.series().lowImpactMinutes());
    assertArrayEquals(new double[] {20, 0}, r.series().flaggedMinutes());
    assertArrayEquals(new double[] {15, 7}, r.series().neutralMinutes());
  }

  @Test
  void cutsTheBaselineWindowAtTheEnd() {
    PatientResult r = new LogBuilder().pain("2026-09-01", 4).analyse("2026-09-01", "2026-09-05");
    assertEquals(
        new Window(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-05")),
        r.series().baseline());
  }
}
