package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.stats.Round;

/**
 * Leg pain (SPEC 3c): the windows and minimum days of pain, its own verdict by pain's rule, the
 * {@code leg pain halved} marker of the PROCESS trial, and pain staying the primary status.
 */
class LegPainTest {

  /**
   * Back pain 5 on 09-01 .. 09-04 and 09-27 .. 09-30 (UNCHANGED); leg pain {@code b} on 09-01 ..
   * 09-04 and {@code c1 .. c4} on 09-27 .. 09-30.
   */
  private static PatientResult patient(double b, double c1, double c2, double c3, double c4) {
    return new LogBuilder()
        .painDays("2026-09-01", 5, 5, 5, 5)
        .painDays("2026-09-27", 5, 5, 5, 5)
        .days(Measure.LEG_PAIN, "2026-09-01", b, b, b, b)
        .days(Measure.LEG_PAIN, "2026-09-27", c1, c2, c3, c4)
        .september();
  }

  @ParameterizedTest
  @CsvSource({
    // leg baseline, the four current days, leg status, change, change %, halved
    "8, 4, 4, 4, 4, IMPROVED, -4.00, -50.00, true", // -4 / 8 = -50 % exactly: halved
    "8, 4.01, 4.01, 4.01, 4.01, IMPROVED, -3.99, -49.88, false", // -3.99 / 8 = -49.875
    // current (4 + 4 + 4 + 4.0016) / 4 = 4.0004: change -3.9996, % exactly -49.995 (binary
    // -49.99499...), shown -50.00: halved
    "8, 4, 4, 4, 4.0016, IMPROVED, -4.00, -50.00, true",
    // current 4.0005: change -3.9995 (shown -4.00), % -49.99375 shown -49.99: not halved
    "8, 4, 4, 4, 4.002, IMPROVED, -4.00, -49.99, false",
    "9, 7.01, 7.01, 7.01, 7.01, UNCHANGED, -1.99, -22.11, false",
    "5, 3.5, 3.5, 3.5, 3.5, IMPROVED, -1.50, -30.00, false", // 30 % from a baseline >= 4.0
    "3, 1.5, 1.5, 1.5, 1.5, UNCHANGED, -1.50, -50.00, true", // halved, yet under the verdict's rule
    "4, 5.2, 5.2, 5.2, 5.2, WORSE, 1.20, 30.00, false",
    "2, 4, 4, 4, 4, WORSE, 2.00, 100.00, false",
    "0, 0, 0, 0, 0, UNCHANGED, 0.00, '', false", // baseline 0: no change %, never halved
  })
  void judgesLegPainByPainsRule(
      double b,
      double c1,
      double c2,
      double c3,
      double c4,
      Status status,
      String change,
      String changePct,
      boolean halved) {
    PatientResult r = patient(b, c1, c2, c3, c4);
    assertEquals(status, r.panel().legPainStatus());
    assertEquals(status, r.summary().legPainStatus());
    assertEquals(change, Round.format(r.summary().legPainChange()));
    assertEquals(changePct, Round.format(r.panel().legPain().changePct()));
    assertEquals(halved, r.panel().legPainHalved());
    // Pain stays the primary status, whatever leg pain does.
    assertEquals(Status.UNCHANGED, r.status());
  }

  @Test
  void statesTheRuleWithItsNumbers() {
    // leg pain 8 -> 4: change -4.00 points <= -2.0
    assertEquals(
        "leg pain 8.00 -> 4.00: change -4.00 points <= -2.0: IMPROVED (Farrar et al. 2001;"
            + " Ostelo et al. 2008)",
        patient(8, 4, 4, 4, 4).panel().legPainRule());
  }

  @Test
  void needsFourDaysWithLegPainInEachFourteenDayWindow() {
    // baseline: 3 days with leg pain in 09-01 .. 09-14 (09-15 is start+14, outside)
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 5, 5, 5, 5)
            .painDays("2026-09-27", 5, 5, 5, 5)
            .days(Measure.LEG_PAIN, "2026-09-12", 6, 6, 6, 6)
            .days(Measure.LEG_PAIN, "2026-09-17", 3, 3, 3, 3)
            .september();
    assertEquals(Double.NaN, r.summary().legPainBaseline());
    // current: 09-17 .. 09-30 holds 09-17 .. 09-20 (four days): (3 * 4) / 4 = 3
    assertEquals(3.0, r.summary().legPainCurrent());
    assertEquals(Status.INSUFFICIENT_DATA, r.summary().legPainStatus());
    assertEquals(
        "baseline leg pain needs 4 days with leg pain in start .. start+13, found 3:"
            + " INSUFFICIENT_DATA",
        r.panel().legPainRule());
  }

  @Test
  void averagesEachDayFirst() {
    // 09-01: (8 + 6) / 2 = 7; 09-02 .. 09-04: 7, 7, 4; baseline (7 + 7 + 7 + 4) / 4 = 6.25
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 5)
            .symptom("2026-09-01", Measure.LEG_PAIN, 8)
            .symptom("2026-09-01", Measure.LEG_PAIN, 6)
            .days(Measure.LEG_PAIN, "2026-09-02", 7, 7, 4)
            .september();
    assertEquals(6.25, r.summary().legPainBaseline());
  }

  @Test
  void aPatientWithoutLegPainHasNoVerdict() {
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 8, 8, 8, 8)
            .painDays("2026-09-27", 4, 4, 4, 4)
            .september();
    assertNull(r.summary().legPainStatus());
    assertNull(r.panel().legPainRule());
    assertFalse(r.panel().hasLegPain());
    assertEquals(Double.NaN, r.summary().legPainBaseline());
    assertEquals(Status.IMPROVED, r.status());
  }

  @Test
  void isTooEarlyToCompareLikePain() {
    // start 09-01, end 09-27: 26 days, under 27: every current figure none
    PatientResult r =
        new LogBuilder()
            .days(Measure.LEG_PAIN, "2026-09-01", 6, 6, 6, 6)
            .days(Measure.LEG_PAIN, "2026-09-24", 2, 2, 2, 2)
            .analyse("2026-09-01", "2026-09-27");
    assertEquals(6.0, r.summary().legPainBaseline());
    assertEquals(Double.NaN, r.summary().legPainCurrent());
    assertEquals(Status.INSUFFICIENT_DATA, r.summary().legPainStatus());
    assertTrue(r.panel().legPainRule().startsWith("end - start is 26 days, under 27"));
  }

  @Test
  void legPainAloneMakesADayLogged() {
    // 09-01 .. 09-04 leg pain only: 4 of 30 days logged
    PatientResult r = new LogBuilder().days(Measure.LEG_PAIN, "2026-09-01", 6, 6, 6, 6).september();
    assertEquals(4, r.summary().daysLogged());
  }
}
