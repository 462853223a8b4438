package org.rehabprogress.ingest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A row of patients.csv.
 *
 * @param patientId the patient id, never null
 * @param treatmentStart the day conservative treatment began, or null (then the first logged day)
 * @param surgeryDate the day of the back surgery, or null
 * @param site the clinic site, or null
 * @param birthYear the year of birth, or null
 * @param sex the sex as written, or null
 * @param columns every column of the row but {@code patient_id} that has a value, the canonical
 *     ones and any other (what {@code rehab cohort --by} groups by): the header's name trimmed and
 *     lower-cased, to the cell's text as written, trimmed; an empty cell is left out
 */
public record PatientInfo(
    String patientId,
    LocalDate treatmentStart,
    LocalDate surgeryDate,
    String site,
    Integer birthYear,
    String sex,
    Map<String, String> columns) {

  /** Checks that the id is present and copies the columns. */
  public PatientInfo {
    Objects.requireNonNull(patientId, "patientId");
    columns = Collections.unmodifiableMap(new TreeMap<>(columns));
  }

  /** Returns a row that keeps no column text beyond the canonical fields (a test, an importer). */
  public PatientInfo(
      String patientId,
      LocalDate treatmentStart,
      LocalDate surgeryDate,
      String site,
      Integer birthYear,
      String sex) {
    this(patientId, treatmentStart, surgeryDate, site, birthYear, sex, Map.of());
  }
}
