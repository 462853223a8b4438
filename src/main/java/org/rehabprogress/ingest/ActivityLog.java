package org.rehabprogress.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The accepted rows of activities.csv as primitive columns, sorted by patient code, then day, then
 * input line. Activity names and intensities are dictionary codes. A duration the source did not
 * know is NaN: the entry is an exposure that adds no minutes. Arrays are shared: do not modify
 * them.
 */
public final class ActivityLog {

  private final int size;
  private final int[] patient;
  private final int[] day;
  private final int[] activity;
  private final double[] minutes;
  private final int[] intensity;
  private final Notes notes;
  private final List<String> names;
  // Computed on first use; a race computes the same values twice, harmlessly.
  private final List<String> intensities;
  private final int[] offsets;

  /**
   * Wraps columns whose first {@code size} values are the rows (arrays may be longer).
   *
   * @param size the number of rows
   * @param patient patient code per row, ascending
   * @param day epoch day per row, ascending within a patient
   * @param activity activity name code per row, an index into {@code names}
   * @param minutes duration in minutes, NaN when unknown
   * @param intensity code into {@code intensities}, -1 when empty
   * @param notes the notes per row, or null when no row has notes
   * @param names the activity names as written in the input, one per code
   * @param intensities the intensity texts, one per code
   * @param patients the number of patient codes
   */
  public ActivityLog(
      int size,
      int[] patient,
      int[] day,
      int[] activity,
      double[] minutes,
      int[] intensity,
      String[] notes,
      List<String> names,
      List<String> intensities,
      int patients) {
    this(
        size,
        patient,
        day,
        activity,
        minutes,
        intensity,
        Notes.of(notes, size),
        names,
        intensities,
        patients);
  }

  /** Wraps columns as above, with the notes of the rows that have any. */
  ActivityLog(
      int size,
      int[] patient,
      int[] day,
      int[] activity,
      double[] minutes,
      int[] intensity,
      Notes notes,
      List<String> names,
      List<String> intensities,
      int patients) {
    int n = size;
    if (patient.length < n
        || day.length < n
        || activity.length < n
        || minutes.length < n
        || intensity.length < n) {
      throw new IllegalArgumentException("columns differ in length");
    }
    this.size = size;
    this.patient = patient;
    this.day = day;
    this.activity = activity;
    this.minutes = minutes;
    this.intensity = intensity;
    this.notes = Objects.requireNonNull(notes, "notes");
    this.names = List.copyOf(names);
    this.intensities = List.copyOf(Objects.requireNonNull(intensities, "intensities"));
    this.offsets = Offsets.of(patient, size, patients);
  }

  private ActivityLog(ActivityLog rows, List<String> names) {
    this.size = rows.size;
    this.patient = rows.patient;
    this.day = rows.day;
    this.activity = rows.activity;
    this.minutes = rows.minutes;
    this.intensity = rows.intensity;
    this.notes = rows.notes;
    this.names = List.copyOf(names);
    this.intensities = rows.intensities;
    this.offsets = rows.offsets;
  }

  /**
   * Returns the same rows, sharing their columns, with each name code called by another name (one
   * per code; several codes may share a name). The cohort uses it to compare activities by catalog
   * name rather than by the spelling of each export.
   *
   * @throws IllegalArgumentException unless there is one name per code
   */
  public ActivityLog withNames(List<String> newNames) {
    if (newNames.size() != names.size()) {
      throw new IllegalArgumentException(
          "one name per code expected: " + names.size() + ", got " + newNames.size());
    }
    return new ActivityLog(this, newNames);
  }

  /** Returns the number of rows. */
  public int size() {
    return size;
  }

  /** Returns the first row of a patient. */
  public int from(int patientCode) {
    return offsets[patientCode];
  }

  /** Returns one past the last row of a patient. */
  public int to(int patientCode) {
    return offsets[patientCode + 1];
  }

  /** Returns the patient code of a row. */
  public int patient(int row) {
    return patient[row];
  }

  /** Returns the epoch day of a row. */
  public int day(int row) {
    return day[row];
  }

  /** Returns the activity name code of a row. */
  public int activity(int row) {
    return activity[row];
  }

  /** Returns the minutes of a row, NaN when the source did not know them. */
  public double minutes(int row) {
    return minutes[row];
  }

  /** Returns the intensity text of a row, or null when empty. */
  public String intensity(int row) {
    int code = intensity[row];
    return code < 0 ? null : intensities.get(code);
  }

  /** Returns the notes of a row, or null. */
  public String notes(int row) {
    return notes.get(row);
  }

  /** Returns the activity names, indexed by code, as written in the input. */
  public List<String> names() {
    return names;
  }
}
