package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.stats.Ratio;

/** GAD-7's 28-day windows, one score enough, and the clinically important change. */
class Gad7Test {

  @Test
  void baselineWindowEndsAtStartPlusTwentySeven() {
    // start 09-01 (a pain entry); 09-28 is start+27 (in), 09-29 is start+28 (out)
    PatientResult in =
        new LogBuilder().pain("2026-09-01", 5).symptom("2026-09-28", Measure.GAD7, 12).september();
    PatientResult out =
        new LogBuilder().pain("2026-09-01", 5).symptom("2026-09-29", Measure.GAD7, 12).september();
    assertEquals(12.0, in.summary().gad7Baseline());
    assertEquals(Double.NaN, out.summary().gad7Baseline());
  }

  @Test
  void figureIsTheMeanOfTheDailyValues() {
    // 09-05: 10; 09-06: (14 + 16) / 2 = 15; mean of the days (10 + 15) / 2 = 12.5 (not 40 / 3)
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .symptom("2026-09-05", Measure.GAD7, 10)
            .symptom("2026-09-06", Measure.GAD7, 14)
            .symptom("2026-09-06", Measure.GAD7, 16)
            .september();
    assertEquals(12.5, r.gad7().baseline());
  }

  @Test
  void currentNeedsFiftyFiveDaysFromStart() {
    // start 09-01; end 10-26 is start+55: the current window 09-29 .. 10-26 holds 09-29's score
    LogBuilder log =
        new LogBuilder()
            .symptom("2026-09-01", Measure.GAD7, 12)
            .symptom("2026-09-29", Measure.GAD7, 6);
    PatientResult at55 = log.analyse("2026-10-01", "2026-10-26");
    assertEquals(12.0, at55.summary().gad7Baseline());
    assertEquals(6.0, at55.summary().gad7Current());
    assertEquals(-6.0, at55.gad7().change());
    assertEquals(Gad7Change.IMPORTANT_IMPROVEMENT, at55.gad7Change());
    // end 10-25 is start+54: current none although 09-29 is in 09-28 .. 10-25
    PatientResult at54 = log.analyse("2026-10-01", "2026-10-25");
    assertEquals(Double.NaN, at54.summary().gad7Current());
    assertEquals(Gad7Change.NOT_AVAILABLE, at54.gad7Change());
  }

  @Test
  void currentWindowBeginsAtEndMinusTwentySeven() {
    // end 10-31, start 09-01 (span 60): end-27 = 10-04 (in), end-28 = 10-03 (out)
    PatientResult in =
        new LogBuilder()
            .symptom("2026-09-01", Measure.GAD7, 12)
            .symptom("2026-10-04", Measure.GAD7, 9)
            .analyse("2026-10-01", "2026-10-31");
    PatientResult out =
        new LogBuilder()
            .symptom("2026-09-01", Measure.GAD7, 12)
            .symptom("2026-10-03", Measure.GAD7, 9)
            .analyse("2026-10-01", "2026-10-31");
    assertEquals(9.0, in.summary().gad7Current());
    assertEquals(Double.NaN, out.summary().gad7Current());
  }

  @ParameterizedTest
  @CsvSource({
    // baseline, current, verdict: a change of 4 or more points as shown (Toussaint 2020)
    "12, 8, IMPORTANT_IMPROVEMENT",
    "12, 8.01, NOT_IMPORTANT",
    "11, 7.005, IMPORTANT_IMPROVEMENT", // 7.005 - 11 is -3.995: shows -4.00
    // 8.005 - 12 is exactly -3.995 (-3.994999999999999 in binary): shows -4.00
    "12, 8.005, IMPORTANT_IMPROVEMENT",
    "12, 8.006, NOT_IMPORTANT", // -3.994 shows -3.99
    "4, 7.995, IMPORTANT_WORSENING", // +3.995 shows +4.00
    "8, 12, IMPORTANT_WORSENING",
    "8, 11.99, NOT_IMPORTANT",
    "8, 8, NOT_IMPORTANT",
    "NaN, 8, NOT_AVAILABLE",
    "8, NaN, NOT_AVAILABLE",
  })
  void marksAChangeOfFourPointsAsImportant(double baseline, double current, Gad7Change expected) {
    assertEquals(expected, Gad7Change.of(Outcome.of(exact(baseline), exact(current))));
  }

  private static Ratio exact(double x) {
    return Double.isNaN(x) ? null : Ratio.ofInput(x);
  }
}
