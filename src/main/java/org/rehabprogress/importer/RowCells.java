package org.rehabprogress.importer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.canonical.Cells;

/**
 * The canonical file a row belongs in and its cells as canonical text: ISO dates, plain decimals
 * with at most 4 decimals ({@link Cells#decimal}), empty for null, in the order of the file's
 * header.
 */
final class RowCells {

  private RowCells() {}

  /** Returns the file a row belongs in. */
  static CanonicalFile file(CanonicalRow row) {
    if (row instanceof CanonicalRow.Activity) {
      return CanonicalFile.ACTIVITIES;
    }
    if (row instanceof CanonicalRow.Symptom) {
      return CanonicalFile.SYMPTOMS;
    }
    if (row instanceof CanonicalRow.Patient) {
      return CanonicalFile.PATIENTS;
    }
    if (row instanceof CanonicalRow.Medication) {
      return CanonicalFile.MEDICATIONS;
    }
    return CanonicalFile.EVENTS;
  }

  /** Returns a row's cells as canonical text, in the order of its file's header. */
  static List<String> cells(CanonicalRow row) {
    if (row instanceof CanonicalRow.Activity) {
      CanonicalRow.Activity a = (CanonicalRow.Activity) row;
      return cells(
          a.patientId(), a.date(), a.activity(), a.durationMin(), a.intensity(), a.notes());
    }
    if (row instanceof CanonicalRow.Symptom) {
      CanonicalRow.Symptom s = (CanonicalRow.Symptom) row;
      return cells(
          s.patientId(),
          s.date(),
          s.pain(),
          s.legPain(),
          s.anxiety(),
          s.gad7(),
          s.sleepHours(),
          s.sleepQuality(),
          s.peg(),
          s.odi(),
          s.pgic(),
          s.notes());
    }
    if (row instanceof CanonicalRow.Patient) {
      CanonicalRow.Patient p = (CanonicalRow.Patient) row;
      return cells(
          p.patientId(), p.treatmentStart(), p.surgeryDate(), p.site(), p.birthYear(), p.sex());
    }
    if (row instanceof CanonicalRow.Medication) {
      CanonicalRow.Medication m = (CanonicalRow.Medication) row;
      return cells(m.patientId(), m.start(), m.end(), m.drug(), m.dailyDose(), m.unit());
    }
    CanonicalRow.Event e = (CanonicalRow.Event) row;
    return cells(e.patientId(), e.date(), e.event());
  }

  private static List<String> cells(Object... values) {
    return Arrays.stream(values).map(RowCells::text).toList();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double) {
      return Cells.decimal((Double) value);
    }
    if (value instanceof LocalDate) {
      return value.toString();
    }
    return value.toString();
  }
}
