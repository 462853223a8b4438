package org.rehabprogress.ingest;

import java.util.List;

/** The canonical files: their names and their required and optional columns. */
public enum FileKind {
  /** activities.csv. */
  ACTIVITIES(
      "activities.csv",
      List.of("patient_id", "date", "activity", "duration_min"),
      List.of("intensity", "notes")),
  /** symptoms.csv; at least one measure column is required too (see {@link Measure}). */
  SYMPTOMS("symptoms.csv", List.of("patient_id", "date"), symptomColumns()),
  /** patients.csv (optional file). */
  PATIENTS(
      "patients.csv",
      List.of("patient_id"),
      // age_band stands in for birth_year in an anonymised copy (rehab anonymise).
      List.of("treatment_start", "surgery_date", "site", "birth_year", "sex", "age_band")),
  /** events.csv (optional file). */
  EVENTS("events.csv", List.of("patient_id", "date", "event"), List.of()),
  /** medications.csv (optional file). */
  MEDICATIONS(
      "medications.csv",
      List.of("patient_id", "start", "drug", "daily_dose", "unit"),
      List.of("end"));

  private final String fileName;
  private final List<String> required;
  private final List<String> optional;

  FileKind(String fileName, List<String> required, List<String> optional) {
    this.fileName = fileName;
    this.required = required;
    this.optional = optional;
  }

  private static List<String> symptomColumns() {
    List<String> columns = new java.util.ArrayList<>();
    for (Measure m : Measure.values()) {
      columns.add(m.column());
    }
    columns.add("notes");
    return List.copyOf(columns);
  }

  /** Returns the file's name in an input folder. */
  public String fileName() {
    return fileName;
  }

  /** Returns the columns every file of this kind must have. */
  public List<String> required() {
    return required;
  }

  /** Returns the columns a file of this kind may have. */
  public List<String> optional() {
    return optional;
  }
}
