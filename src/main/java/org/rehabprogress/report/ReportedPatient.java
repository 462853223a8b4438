package org.rehabprogress.report;

import java.util.Objects;
import org.rehabprogress.analysis.PatientResult;

/**
 * One patient of a monthly report: the analysis result, what the pages show beside it, and the name
 * the patient's files go by.
 *
 * @param result the per-patient figures
 * @param context events, diary notes and entry counts for the page
 * @param fileName the base name of the patient's page and chart files (see {@link FileNames})
 * @param background age band, sex, site and surgery as patients.csv gives them
 * @param previous the figures of the month before, or null when the patient was not in treatment by
 *     its end
 */
public record ReportedPatient(
    PatientResult result,
    PatientContext context,
    String fileName,
    ClinicalContext background,
    Previous previous) {

  /** Checks for nulls. */
  public ReportedPatient {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(background, "background");
  }

  /** Returns the patient id. */
  public String patientId() {
    return result.patientId();
  }
}
