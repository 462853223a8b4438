package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.stats.Round;

/**
 * MME a day (SPEC 3c): the mean over the baseline and current 14-day windows, every day counting (a
 * day on no opioid as 0), each CDC 2022 factor, a taper, a patch, and unknown (no rows, or a dose
 * that cannot be converted) kept apart from zero.
 *
 * <p>Every patient starts on 09-01 (treatment_start) and is reported for October: end 10-31, span
 * 60, baseline window 09-01 .. 09-14, current window 10-18 .. 10-31.
 */
class OpioidDoseTest {

  private static LogBuilder patient() {
    return new LogBuilder().treatmentStart("2026-09-01").painDays("2026-09-01", 5);
  }

  private static PatientResult october(LogBuilder log) {
    return log.analyse("2026-10-01", "2026-10-31");
  }

  @ParameterizedTest
  @CsvSource({
    // drug as written, daily dose, unit, MME a day (dose x CDC 2022 factor, Dowell et al. 2022)
    "co-codamol 30/500 tablets, 240, mg, 36", // codeine 240 x 0.15
    "Dihydrocodeine 30 mg tablet, 120, mg, 30", // 120 x 0.25
    "hydrocodone, 20, mg, 20", // x 1
    "Hydromorphone hydrochloride 2 MG Oral Tablet, 8, mg, 40", // x 5
    "methadone, 10, mg, 47", // x 4.7
    "MS Contin, 60, mg, 60", // morphine x 1
    "Oxycodone hydrochloride 5 MG Oral Tablet, 40, mg, 60", // x 1.5
    "oxymorphone, 10, mg, 30", // x 3
    "Tapentadol 50 mg tablet, 200, mg, 80", // x 0.4
    "Tramadol 50 mg tablet, 150, mg, 30", // x 0.2
    "Fentanyl 12 mcg/hr transdermal patch, 12, mcg/h, 28.8", // 12 mcg/h x 2.4
    "oxycodone, 2.5, mg, 3.75", // 2.5 x 1.5, exact
  })
  void convertsEachOpioidWithItsFactor(String drug, String dose, String unit, double mme) {
    // taken from before the start and still taken: every day of both windows at the dose
    PatientResult r = october(patient().medication("2026-08-01", null, drug, dose, unit));
    assertEquals(mme, r.summary().mmeBaseline());
    assertEquals(mme, r.summary().mmeCurrent());
    assertEquals(0.0, r.panel().opioids().mme().change());
  }

  @Test
  void countsEveryDayOfTheWindowADayWithoutAnOpioidAsZero() {
    // morphine 30 mg from 09-08 (baseline days 09-08 .. 09-14: 7 of 14): 7 x 30 / 14 = 15
    // current: 10-18 .. 10-31 all 14 days at 30 = 30
    PatientResult r = october(patient().medication("2026-09-08", null, "morphine", "30", "mg"));
    assertEquals(15.0, r.summary().mmeBaseline());
    assertEquals(30.0, r.summary().mmeCurrent());
    assertEquals(15.0, r.panel().opioids().mme().change());
  }

  @Test
  void followsATaperAcrossTheCurrentWindow() {
    // oxycodone 40 mg (60 MME) to 10-21, then 20 mg (30 MME) from 10-22: current window
    // 10-18 .. 10-21 is 4 days x 60 = 240, 10-22 .. 10-31 is 10 days x 30 = 300;
    // (240 + 300) / 14 = 38.5714... (shown 38.57); baseline 60; change -21.4285... (-21.43)
    PatientResult r =
        october(
            patient()
                .medication("2026-08-01", "2026-10-21", "oxycodone", "40", "mg")
                .medication("2026-10-22", null, "oxycodone", "20", "mg"));
    assertEquals(60.0, r.summary().mmeBaseline());
    assertEquals("38.57", Round.format(r.summary().mmeCurrent()));
    assertEquals("-21.43", Round.format(r.panel().opioids().mme().change()));
    assertEquals(540.0 / 14, r.summary().mmeCurrent());
    assertFalse(r.panel().opioids().high());
  }

  @Test
  void convertsAPatchFromItsRate() {
    // fentanyl 25 mcg/h from 09-08: 25 x 2.4 = 60 MME a day; baseline 7 days x 60 / 14 = 30
    PatientResult r =
        october(patient().medication("2026-09-08", null, "Fentanyl 25 mcg/h patch", "25", "mcg/h"));
    assertEquals(30.0, r.summary().mmeBaseline());
    assertEquals(60.0, r.summary().mmeCurrent());
    assertTrue(r.panel().opioids().high());
  }

  @Test
  void sumsOpioidsTakenTogether() {
    // morphine 30 (30 MME) and a second, overlapping oxycodone 10 mg (15 MME): 45 a day
    PatientResult r =
        october(
            patient()
                .medication("2026-08-01", null, "morphine", "30", "mg")
                .medication("2026-08-01", null, "oxycodone 10 mg", "10", "mg")
                .medication("2026-08-01", null, "oxycodone 5 mg", "10", "mg"));
    // 30 + 15 + 15 = 60: two rows of one drug are summed too
    assertEquals(60.0, r.summary().mmeCurrent());
  }

  @Test
  void aPatientWithoutMedicationRowsHasNoFigureNotZero() {
    PatientResult r = october(patient());
    assertEquals(Double.NaN, r.summary().mmeBaseline());
    assertEquals(Double.NaN, r.summary().mmeCurrent());
    assertFalse(r.panel().opioids().recorded());
    assertFalse(r.panel().opioids().high());
  }

  @Test
  void aPatientOnlyOnOtherDrugsHasZero() {
    // rows exist (gabapentin, not an opioid): the dose is known to be 0, not unknown
    PatientResult r = october(patient().medication("2026-08-01", null, "gabapentin", "900", "mg"));
    assertEquals(0.0, r.summary().mmeBaseline());
    assertEquals(0.0, r.summary().mmeCurrent());
    assertTrue(r.panel().opioids().recorded());
  }

  @Test
  void anOpioidStoppedBeforeTheStartCountsZero() {
    PatientResult r =
        october(patient().medication("2026-06-01", "2026-08-31", "tramadol", "100", "mg"));
    assertEquals(0.0, r.summary().mmeBaseline());
    assertEquals(0.0, r.summary().mmeCurrent());
  }

  @Test
  void buprenorphineCountsZeroNotUnknown() {
    // CDC leaves buprenorphine out of MME: the day has 0 MME
    PatientResult r =
        october(patient().medication("2026-08-01", null, "Butrans 10 mcg/h", "10", "mcg/h"));
    assertEquals(0.0, r.summary().mmeCurrent());
  }

  @Test
  void aDoseThatCannotBeConvertedMakesItsWindowUnknown() {
    // an injected oxycodone from 10-25 (in the current window only): current unknown, baseline
    // 60 from the tablets
    PatientResult r =
        october(
            patient()
                .medication("2026-08-01", null, "oxycodone", "40", "mg")
                .medication("2026-10-25", "2026-10-26", "oxycodone injection", "5", "mg"));
    OpioidDose dose = r.panel().opioids();
    assertEquals(60.0, r.summary().mmeBaseline());
    assertEquals(Double.NaN, r.summary().mmeCurrent());
    assertNull(dose.baselineUnknown());
    assertEquals(
        "unknown: oxycodone injection from 2026-10-25 has no MME (an injected or infused dose:"
            + " CDC 2022's factors are for oral doses and fentanyl patches)",
        dose.currentUnknown());
    assertEquals(Double.NaN, dose.mme().change());
  }

  @ParameterizedTest
  @CsvSource({
    // morphine mg a day over the current window, high (>= 50 MME as shown, Dowell 2022)
    "50, true",
    "49.99, false",
    "49.995, true", // shown 50.00 (binary 49.99499...)
    "49.994, false",
  })
  void marksFiftyMmeADayAsShown(String dose, boolean high) {
    PatientResult r = october(patient().medication("2026-08-01", null, "morphine", dose, "mg"));
    assertEquals(high, r.panel().opioids().high());
  }

  @Test
  void hasNoCurrentDoseTooEarly() {
    // start 09-01, end 09-20: span 19, under 27; baseline 09-01 .. 09-14 at 30
    PatientResult r =
        patient()
            .medication("2026-08-01", null, "morphine", "30", "mg")
            .analyse("2026-09-01", "2026-09-20");
    assertEquals(30.0, r.summary().mmeBaseline());
    assertEquals(Double.NaN, r.summary().mmeCurrent());
    assertNull(r.panel().opioids().currentUnknown());
  }

  @Test
  void cutsTheBaselineWindowAtTheEnd() {
    // start 09-01, end 09-10: the baseline window is 09-01 .. 09-10 (10 days);
    // morphine 20 mg from 09-06 (5 days): 5 x 20 / 10 = 10
    PatientResult r =
        patient()
            .medication("2026-09-06", null, "morphine", "20", "mg")
            .analyse("2026-09-01", "2026-09-10");
    assertEquals(10.0, r.summary().mmeBaseline());
  }

  @Test
  void ignoresRowsStartingAfterTheEnd() {
    // a row from 11-05 is after end(M) 10-31: 0 in both windows, and not listed
    PatientResult r = october(patient().medication("2026-11-05", null, "morphine", "30", "mg"));
    assertEquals(0.0, r.summary().mmeCurrent());
    assertTrue(r.panel().medications().isEmpty());
  }
}
