package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.stats.Round;

/** The pain status: thresholds applied to the figures as shown (SPEC section 3). */
class StatusTest {

  /** Baseline pain {@code b} on 09-01 .. 09-04, current pain {@code c} on 09-27 .. 09-30. */
  private static PatientResult patient(double b, double c1, double c2, double c3, double c4) {
    return new LogBuilder()
        .painDays("2026-09-01", b, b, b, b)
        .painDays("2026-09-27", c1, c2, c3, c4)
        .september();
  }

  @ParameterizedTest
  @CsvSource({
    // baseline, the four current days, status, change as shown, change % as shown
    "9, 7, 7, 7, 7, IMPROVED, -2.00, -22.22", // change exactly -2.0
    "9, 7.01, 7.01, 7.01, 7.01, UNCHANGED, -1.99, -22.11",
    "9, 7, 7, 7, 7.02, IMPROVED, -2.00, -22.17", // current 7.005: change -1.995 shows -2.00
    // current 8.005 - 10 is exactly -1.995 (-1.9949999999999992 in binary): shows -2.00, IMPROVED
    "10, 8.005, 8.005, 8.005, 8.005, IMPROVED, -2.00, -19.95",
    "10, 8.006, 8.006, 8.006, 8.006, UNCHANGED, -1.99, -19.94", // -1.994 shows -1.99
    "5, 3.5, 3.5, 3.5, 3.5, IMPROVED, -1.50, -30.00", // change % exactly -30, baseline >= 4
    "5, 3.501, 3.501, 3.501, 3.501, UNCHANGED, -1.50, -29.98",
    "4, 2.8, 2.8, 2.8, 2.8, IMPROVED, -1.20, -30.00", // baseline exactly 4.00: the 30 % applies
    "3.99, 2.793, 2.793, 2.793, 2.793, UNCHANGED, -1.20, -30.00", // -1.197; baseline 3.99 < 4.0
    "4, 5.2, 5.2, 5.2, 5.2, WORSE, 1.20, 30.00", // change % exactly +30 from baseline 4.00
    "3.99, 5.187, 5.187, 5.187, 5.187, UNCHANGED, 1.20, 30.00", // +1.197; baseline 3.99
    // change % exactly -29.995 (-1.7997 / 6), shown -30.00: IMPROVED; +29.995 shown +30.00: WORSE
    "6, 4.2003, 4.2003, 4.2003, 4.2003, IMPROVED, -1.80, -30.00",
    "6, 7.7997, 7.7997, 7.7997, 7.7997, WORSE, 1.80, 30.00",
    "6, 4.2004, 4.2004, 4.2004, 4.2004, UNCHANGED, -1.80, -29.99", // -29.9933...
    "3, 5, 5, 5, 5, WORSE, 2.00, 66.67", // change exactly +2.0
    "3, 4.99, 4.99, 4.99, 4.99, UNCHANGED, 1.99, 66.33", // +66 % but baseline 3 < 4.0
    "3, 1.01, 1.01, 1.01, 1.01, UNCHANGED, -1.99, -66.33", // -66 % but baseline 3 < 4.0
    "5, 7, 7, 7, 6.98, WORSE, 2.00, 39.90", // current 6.995: change +1.995 shows +2.00
    "0, 1, 1, 1, 1, UNCHANGED, 1.00, ''", // baseline 0: change % none
    "0, 2, 2, 2, 2, WORSE, 2.00, ''",
  })
  void appliesTheThresholdsToTheFiguresAsShown(
      double b,
      double c1,
      double c2,
      double c3,
      double c4,
      Status status,
      String change,
      String changePct) {
    PatientSummary s = patient(b, c1, c2, c3, c4).summary();
    assertEquals(status, s.status());
    assertEquals(change, Round.format(s.painChange()));
    assertEquals(changePct, Round.format(s.painChangePct()));
  }

  @Test
  void takesTheThirtyPercentRouteFromABaselineShownAsFour() {
    // baseline (4 + 4 + 4 + 3.98) / 4 = 3.995 exactly, shown 4.00, so the 30 % route applies;
    // current 2.7965 = 0.7 * 3.995: change -1.1985 (shown -1.20), change % exactly -30
    PatientSummary s =
        new LogBuilder()
            .painDays("2026-09-01", 4, 4, 4, 3.98)
            .painDays("2026-09-27", 2.7965, 2.7965, 2.7965, 2.7965)
            .september()
            .summary();
    assertEquals("4.00", Round.format(s.painBaseline()));
    assertEquals("-30.00", Round.format(s.painChangePct()));
    assertEquals(Status.IMPROVED, s.status());
  }

  @Test
  void computesChangeFromTheUnroundedFigures() {
    // baseline (9 + 9 + 9 + 8.98) / 4 = 8.995 (shows 9.00); current (7 + 7 + 7 + 7.016) / 4 =
    // 7.004 (shows 7.00). The shown figures differ by 2.00, but the change is -1.991, shown
    // -1.99, and -22.13 %: UNCHANGED.
    PatientSummary s =
        new LogBuilder()
            .painDays("2026-09-01", 9, 9, 9, 8.98)
            .painDays("2026-09-27", 7, 7, 7, 7.016)
            .september()
            .summary();
    assertEquals("9.00", Round.format(s.painBaseline()));
    assertEquals("7.00", Round.format(s.painCurrent()));
    assertEquals(-1.991, s.painChange(), 1e-12);
    assertEquals("-1.99", Round.format(s.painChange()));
    assertEquals("-22.13", Round.format(s.painChangePct()));
    assertEquals(Status.UNCHANGED, s.status());
  }

  @Test
  void showsTheRuleBehindAnImprovement() {
    assertEquals(
        "pain 9.00 -> 7.00: change -2.00 points <= -2.0: IMPROVED"
            + " (Farrar et al. 2001; Ostelo et al. 2008)",
        patient(9, 7, 7, 7, 7).rule());
    assertEquals(
        "pain 5.00 -> 3.50: change -1.50 points, -30.00 % <= -30 % from a baseline >= 4.0:"
            + " IMPROVED (Farrar et al. 2001; Ostelo et al. 2008)",
        patient(5, 3.5, 3.5, 3.5, 3.5).rule());
  }

  @Test
  void showsTheRuleBehindWorseAndUnchanged() {
    assertEquals(
        "pain 3.00 -> 5.00: change +2.00 points >= +2.0: WORSE"
            + " (Farrar et al. 2001; Ostelo et al. 2008)",
        patient(3, 5, 5, 5, 5).rule());
    assertEquals(
        "pain 4.00 -> 5.20: change +1.20 points, +30.00 % >= +30 % from a baseline >= 4.0: WORSE"
            + " (Farrar et al. 2001; Ostelo et al. 2008)",
        patient(4, 5.2, 5.2, 5.2, 5.2).rule());
    assertEquals(
        "pain 9.00 -> 7.01: change -1.99 points, -22.11 %: between -2.0 and +2.0 points and"
            + " between -30 % and +30 %: UNCHANGED (Farrar et al. 2001; Ostelo et al. 2008)",
        patient(9, 7.01, 7.01, 7.01, 7.01).rule());
    assertEquals(
        "pain 3.00 -> 4.99: change +1.99 points, +66.33 %: between -2.0 and +2.0 points; the 30 %"
            + " rule applies only from a baseline >= 4.0: UNCHANGED"
            + " (Farrar et al. 2001; Ostelo et al. 2008)",
        patient(3, 4.99, 4.99, 4.99, 4.99).rule());
    assertEquals(
        "pain 0.00 -> 1.00: change +1.00 points (no change % from a baseline of 0): between -2.0"
            + " and +2.0 points; the 30 % rule applies only from a baseline >= 4.0: UNCHANGED"
            + " (Farrar et al. 2001; Ostelo et al. 2008)",
        patient(0, 1, 1, 1, 1).rule());
  }

  @Test
  void needsBothBaselineAndCurrent() {
    PatientResult noCurrent =
        new LogBuilder().painDays("2026-09-01", 5, 5, 5, 5).pain("2026-09-30", 2).september();
    assertEquals(Status.INSUFFICIENT_DATA, noCurrent.status());
    assertEquals(
        "current pain needs 4 days with pain in end-13 .. end, found 1: INSUFFICIENT_DATA",
        noCurrent.rule());
    PatientResult neither =
        new LogBuilder().painDays("2026-09-01", 5, 5, 5).pain("2026-09-30", 2).september();
    assertEquals(
        "baseline pain needs 4 days with pain in start .. start+13, found 3;"
            + " current pain needs 4 days with pain in end-13 .. end, found 1: INSUFFICIENT_DATA",
        neither.rule());
    assertEquals(Double.NaN, neither.summary().painChange());
    assertEquals(Double.NaN, neither.summary().painChangePct());
  }
}
