package org.rehabprogress.cohort;

import java.time.LocalDate;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;

/** Builds per-patient rows of the cohort table with only the figures a test sets. */
final class Rows {

  private static final double NA = Double.NaN;
  private static final LocalDate START = LocalDate.parse("2026-01-05");

  private Rows() {}

  /** Returns a summary with a status and a flagged-minus-low-impact figure, the rest none. */
  static PatientSummary summary(String id, Status status, double flaggedMinusLowImpact) {
    return new PatientSummary(
        id,
        status,
        false,
        false,
        20,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        flaggedMinusLowImpact,
        NA,
        NA,
        0,
        0,
        NA,
        NA,
        NA,
        NA,
        0,
        NA,
        NA,
        NA,
        NA,
        null,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA,
        NA);
  }

  /**
   * Returns a row with a pain status, a leg pain status (null without leg pain) and ODI baseline
   * and current figures (NaN for none), the rest none.
   */
  static CohortPatient outcomes(
      String id, Status status, Status legPain, double odiBaseline, double odiCurrent) {
    PatientSummary s = summary(id, status, NA);
    PatientSummary withPanel =
        new PatientSummary(
            s.patientId(),
            s.status(),
            s.reviewFlag(),
            s.persistentPainFlag(),
            s.weeksInTreatment(),
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            NA,
            0,
            0,
            NA,
            NA,
            NA,
            NA,
            0,
            NA,
            NA,
            NA,
            NA,
            legPain,
            NA,
            NA,
            odiBaseline,
            odiCurrent,
            NA,
            NA,
            NA);
    return CohortPatient.ofDecimals(
        withPanel, null, START, START.plusDays(140), new double[0], new int[0], new double[0], NA);
  }

  /** Returns a row with a status and a flagged-minus-low-impact figure. */
  static CohortPatient patient(String id, Status status, double flaggedMinusLowImpact) {
    return patient(id, status, flaggedMinusLowImpact, null);
  }

  /** Returns a row at a site. */
  static CohortPatient patient(
      String id, Status status, double flaggedMinusLowImpact, String site) {
    return CohortPatient.ofDecimals(
        summary(id, status, flaggedMinusLowImpact),
        site,
        START,
        START.plusDays(140),
        new double[0],
        new int[0],
        new double[0],
        NA);
  }

  /** Returns a row with weekly pain. */
  static CohortPatient weeks(String id, double... weeklyPain) {
    return CohortPatient.ofDecimals(
        summary(id, Status.UNCHANGED, NA),
        null,
        START,
        START.plusDays(140),
        weeklyPain,
        new int[0],
        new double[0],
        NA);
  }

  /** Returns a row with differences from REST days for some activity groups. */
  static CohortPatient activities(String id, int[] groups, double[] differences) {
    return CohortPatient.ofDecimals(
        summary(id, Status.UNCHANGED, NA),
        null,
        START,
        START.plusDays(140),
        new double[0],
        groups,
        differences,
        NA);
  }
}
