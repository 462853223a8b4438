package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.stats.Round;

/**
 * PEG and ODI (SPEC 3c): 28-day windows with one score enough, as GAD-7, and their clinically
 * important changes (PEG 30 % of baseline, Krebs et al. 2009; ODI 10 points or 30 %, Ostelo et al.
 * 2008), marked either way.
 */
class FunctionTest {

  /** A score on 09-01 (start) and on 10-25, reported for October (span 60, end 10-31). */
  private static PatientResult twoScores(Measure measure, double baseline, double current) {
    return new LogBuilder()
        .symptom("2026-09-01", measure, baseline)
        .symptom("2026-10-25", measure, current)
        .analyse("2026-10-01", "2026-10-31");
  }

  @Test
  void baselineWindowIsStartToStartPlusTwentySeven() {
    // start 09-01 (pain); PEG on 09-28 is start+27 (in); ODI on 09-29 is start+28 (out)
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .symptom("2026-09-28", Measure.PEG, 6)
            .symptom("2026-09-29", Measure.ODI, 40)
            .september();
    assertEquals(6.0, r.summary().pegBaseline());
    assertEquals(Double.NaN, r.summary().odiBaseline());
    assertTrue(r.panel().odiRecorded());
  }

  @Test
  void oneScoreIsEnoughAndTheFigureIsTheMeanOfTheDays() {
    // PEG 09-03: (6 + 7) / 2 = 6.5; 09-10: 19/3 written 6.33; baseline (6.5 + 6.33) / 2 = 6.415
    // ODI one score 44 on 09-20
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .symptom("2026-09-03", Measure.PEG, 6)
            .symptom("2026-09-03", Measure.PEG, 7)
            .symptom("2026-09-10", Measure.PEG, 6.33)
            .symptom("2026-09-20", Measure.ODI, 44)
            .september();
    assertEquals(6.415, r.summary().pegBaseline());
    assertEquals("6.42", Round.format(r.summary().pegBaseline())); // 6.415 exactly: half up
    assertEquals(44.0, r.summary().odiBaseline());
  }

  @Test
  void currentWindowIsEndMinusTwentySevenToEndFromFiftyFiveDays() {
    // start 09-01, end 10-26 (span 55): current 09-29 .. 10-26 holds 09-29's ODI
    LogBuilder log =
        new LogBuilder()
            .symptom("2026-09-01", Measure.ODI, 50)
            .symptom("2026-09-29", Measure.ODI, 30)
            .symptom("2026-09-29", Measure.PEG, 4);
    PatientResult at55 = log.analyse("2026-10-01", "2026-10-26");
    assertEquals(30.0, at55.summary().odiCurrent());
    assertEquals(4.0, at55.summary().pegCurrent());
    assertEquals(-20.0, at55.panel().odi().change());
    // end 10-25 (span 54): the current window would hold 09-29, but it is too early: none
    PatientResult at54 = log.analyse("2026-10-01", "2026-10-25");
    assertEquals(Double.NaN, at54.summary().odiCurrent());
    assertEquals(Double.NaN, at54.summary().pegCurrent());
    assertEquals(ImportantChange.NOT_AVAILABLE, at54.panel().odiChange());
    // end 10-27 (span 56): current 09-30 .. 10-27 no longer holds 09-29: none, one score missing
    PatientResult at56 = log.analyse("2026-10-01", "2026-10-27");
    assertEquals(Double.NaN, at56.summary().odiCurrent());
  }

  @ParameterizedTest
  @CsvSource({
    // PEG baseline, current, marker: 30 % of baseline as shown, either way (Krebs 2009)
    "6, 4.2, IMPORTANT_IMPROVEMENT", // -1.8 / 6 = -30 % exactly
    "6, 4.21, NOT_IMPORTANT", // -29.83 %
    // 4.2003 - 6 = -1.7997: -29.995 % exactly (binary -29.99499...), shown -30.00
    "6, 4.2003, IMPORTANT_IMPROVEMENT",
    "6, 4.2004, NOT_IMPORTANT", // -29.99333 % shown -29.99
    "6, 7.8, IMPORTANT_WORSENING", // +30 %
    "6, 7.79, NOT_IMPORTANT", // +29.83 %
    "1, 0.7, IMPORTANT_IMPROVEMENT", // -0.3 points is -30 % of 1: no minimum baseline
    "0, 3, NOT_AVAILABLE", // no change % from a baseline of 0
  })
  void marksAPegChangeOfThirtyPercent(double baseline, double current, ImportantChange marker) {
    assertEquals(marker, twoScores(Measure.PEG, baseline, current).panel().pegChange());
  }

  @ParameterizedTest
  @CsvSource({
    // ODI baseline, current, marker: 10 points or 30 % of baseline as shown, either way (Ostelo)
    "50, 40, IMPORTANT_IMPROVEMENT", // -10 points exactly (-20 %)
    "50, 40.01, NOT_IMPORTANT", // -9.99 points, -19.98 %
    "50, 40.005, IMPORTANT_IMPROVEMENT", // -9.995 (binary -9.99499...) shown -10.00
    "20, 14, IMPORTANT_IMPROVEMENT", // -6 points = -30 % exactly
    "20, 14.01, NOT_IMPORTANT", // -5.99 points, -29.95 %
    "50, 60, IMPORTANT_WORSENING", // +10 points
    "20, 26, IMPORTANT_WORSENING", // +30 %
    "20, 25.99, NOT_IMPORTANT",
    "0, 10, IMPORTANT_WORSENING", // from 0 only the 10 points apply
    "0, 9.99, NOT_IMPORTANT",
    "44.44, 44.44, NOT_IMPORTANT",
  })
  void marksAnOdiChangeOfTenPointsOrThirtyPercent(
      double baseline, double current, ImportantChange marker) {
    assertEquals(marker, twoScores(Measure.ODI, baseline, current).panel().odiChange());
  }

  @Test
  void keepsTheOdiChangeExactly() {
    // ODI baseline (40 + 41 + 41) / 3 days = 122 / 3; current 30: change -32 / 3 exactly
    PatientResult r =
        new LogBuilder()
            .symptom("2026-09-01", Measure.ODI, 40)
            .symptom("2026-09-02", Measure.ODI, 41)
            .symptom("2026-09-03", Measure.ODI, 41)
            .symptom("2026-10-25", Measure.ODI, 30)
            .analyse("2026-10-01", "2026-10-31");
    assertEquals("-32/3", r.panel().odiChangeExact().toString());
    assertEquals("-10.67", Round.format(r.panel().odi().change()));
    assertEquals(ImportantChange.IMPORTANT_IMPROVEMENT, r.panel().odiChange());
  }

  @Test
  void aPatientWithoutPegOrOdiHasNeither() {
    PatientResult r = new LogBuilder().painDays("2026-09-01", 5, 5, 5, 5).september();
    assertFalse(r.panel().pegRecorded());
    assertFalse(r.panel().odiRecorded());
    assertEquals(ImportantChange.NOT_AVAILABLE, r.panel().pegChange());
    assertEquals(Double.NaN, r.summary().pegBaseline());
    assertEquals(Double.NaN, r.summary().odiCurrent());
  }

  @Test
  void anOdiOrPegAloneMakesADayLogged() {
    // 09-02 ODI, 09-09 PEG: 2 of 30 days logged (a pain entry on 09-01 gives the third)
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .symptom("2026-09-02", Measure.ODI, 40)
            .symptom("2026-09-09", Measure.PEG, 5)
            .september();
    assertEquals(3, r.summary().daysLogged());
  }
}
