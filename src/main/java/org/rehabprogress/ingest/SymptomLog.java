package org.rehabprogress.ingest;

import java.util.Objects;
import org.rehabprogress.canonical.Measure;

/**
 * The accepted rows of symptoms.csv as primitive columns, sorted by patient code, then day, then
 * input line, so that one patient's rows are the contiguous range {@code from(p) .. to(p)}. Days
 * are epoch days; a missing measure is NaN. Arrays are shared, not copied: callers must not modify
 * them.
 */
public final class SymptomLog {

  private final int size;
  private final int[] patient;
  private final int[] day;
  private final double[][] values;
  private final Notes notes;
  private final int[] offsets;

  /**
   * Wraps columns whose first {@code size} values are the rows (arrays may be longer).
   *
   * @param size the number of rows
   * @param patient patient code per row, ascending
   * @param day epoch day per row, ascending within a patient
   * @param values one column per {@link Measure}, in ordinal order; NaN where missing; null for a
   *     measure the file has no column for (it then costs no memory per row)
   * @param notes the notes per row, or null when no row has notes
   * @param patients the number of patient codes (the dictionary's size)
   */
  public SymptomLog(
      int size, int[] patient, int[] day, double[][] values, String[] notes, int patients) {
    this(size, patient, day, values, Notes.of(notes, size), patients);
  }

  /** Wraps columns as above, with the notes of the rows that have any. */
  SymptomLog(int size, int[] patient, int[] day, double[][] values, Notes notes, int patients) {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(day, "day");
    if (values.length != Measure.ALL.size()) {
      throw new IllegalArgumentException("one column per measure expected");
    }
    for (double[] column : values) {
      if (column != null && column.length < size) {
        throw new IllegalArgumentException("columns differ in length");
      }
    }
    if (patient.length < size || day.length < size) {
      throw new IllegalArgumentException("columns differ in length");
    }
    this.size = size;
    this.patient = patient;
    this.day = day;
    this.values = values;
    this.notes = Objects.requireNonNull(notes, "notes");
    this.offsets = Offsets.of(patient, size, patients);
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

  /** Returns a measure of a row, NaN when the row has none. */
  public double value(Measure measure, int row) {
    double[] column = values[measure.ordinal()];
    return column == null ? Double.NaN : column[row];
  }

  /** Returns whether the file had a column for a measure; without one, every row's value is NaN. */
  public boolean has(Measure measure) {
    return values[measure.ordinal()] != null;
  }

  /** Returns the notes of a row, or null. */
  public String notes(int row) {
    return notes.get(row);
  }
}
