package org.rehabprogress.canonical;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical files (SPEC section 1): each file's name, its columns in canonical order (the
 * header an import writes), the columns every file of its kind must have, and those it may have.
 */
public enum CanonicalFile {
  /** activities.csv. */
  ACTIVITIES(
      "activities.csv",
      List.of("patient_id", "date", "activity", "duration_min"),
      List.of("patient_id", "date", "activity", "duration_min", "intensity", "notes"),
      List.of()),
  /** symptoms.csv; at least one measure column is required too (see {@link Measure}). */
  SYMPTOMS("symptoms.csv", List.of("patient_id", "date"), symptomColumns(), List.of()),
  /** patients.csv (optional file). */
  PATIENTS(
      "patients.csv",
      List.of("patient_id"),
      List.of("patient_id", "treatment_start", "surgery_date", "site", "birth_year", "sex"),
      // age_band stands in for birth_year in an anonymised copy (rehab anonymise); no import writes
      // it, but a folder that holds it reads.
      List.of("age_band")),
  /** events.csv (optional file). */
  EVENTS("events.csv", List.of("patient_id", "date", "event"), List.of(), List.of()),
  /** medications.csv (optional file). */
  MEDICATIONS(
      "medications.csv",
      List.of("patient_id", "start", "drug", "daily_dose", "unit"),
      List.of("patient_id", "start", "end", "drug", "daily_dose", "unit"),
      List.of());

  private final String fileName;
  private final List<String> required;
  private final List<String> header;
  private final List<String> optional;

  CanonicalFile(
      String fileName, List<String> required, List<String> header, List<String> alsoRead) {
    this.fileName = fileName;
    this.required = required;
    this.header = header.isEmpty() ? required : header;
    List<String> optional = new ArrayList<>();
    for (String column : this.header) {
      if (!required.contains(column)) {
        optional.add(column);
      }
    }
    optional.addAll(alsoRead);
    this.optional = List.copyOf(optional);
  }

  private static List<String> symptomColumns() {
    List<String> columns = new ArrayList<>(List.of("patient_id", "date"));
    for (Measure m : Measure.values()) {
      columns.add(m.column());
    }
    columns.add("notes");
    return List.copyOf(columns);
  }

  /** Returns the file's name in an input folder, e.g. {@code activities.csv}. */
  public String fileName() {
    return fileName;
  }

  /** Returns the column names in canonical order: the header an import writes. */
  public List<String> header() {
    return header;
  }

  /** Returns the columns every file of this kind must have. */
  public List<String> required() {
    return required;
  }

  /**
   * Returns the columns a file of this kind may have besides the required ones: the rest of the
   * header in its order, then those only some copies have ({@code age_band}).
   */
  public List<String> optional() {
    return optional;
  }
}
