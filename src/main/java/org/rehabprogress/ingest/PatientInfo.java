package org.rehabprogress.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of patients.csv.
 *
 * @param patientId the patient id, never null
 * @param treatmentStart the day conservative treatment began, or null (then the first logged day)
 * @param surgeryDate the day of the back surgery, or null
 * @param site the clinic site, or null
 * @param birthYear the year of birth, or null
 * @param sex the sex as written, or null
 */
public record PatientInfo(
    String patientId,
    LocalDate treatmentStart,
    LocalDate surgeryDate,
    String site,
    Integer birthYear,
    String sex) {

  /** Checks that the id is present. */
  public PatientInfo {
    Objects.requireNonNull(patientId, "patientId");
  }
}
