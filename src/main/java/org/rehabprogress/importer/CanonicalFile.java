package org.rehabprogress.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical files an import writes, each with its header in canonical column order, and the
 * text of a row's cells: ISO dates, plain decimals with at most 4 decimals, empty for null.
 */
public enum CanonicalFile {
  /** activities.csv. */
  ACTIVITIES(
      "activities.csv", "patient_id", "date", "activity", "duration_min", "intensity", "notes"),
  /** symptoms.csv. */
  SYMPTOMS(
      "symptoms.csv",
      "patient_id",
      "date",
      "pain",
      "leg_pain",
      "anxiety",
      "gad7",
      "sleep_hours",
      "sleep_quality",
      "peg",
      "odi",
      "pgic",
      "notes"),
  /** patients.csv. */
  PATIENTS(
      "patients.csv", "patient_id", "treatment_start", "surgery_date", "site", "birth_year", "sex"),
  /** events.csv. */
  EVENTS("events.csv", "patient_id", "date", "event"),
  /** medications.csv. */
  MEDICATIONS("medications.csv", "patient_id", "start", "end", "drug", "daily_dose", "unit");

  private final String fileName;
  private final List<String> header;

  CanonicalFile(String fileName, String... header) {
    this.fileName = fileName;
    this.header = List.of(header);
  }

  /** Returns the file name, e.g. {@code activities.csv}. */
  public String fileName() {
    return fileName;
  }

  /** Returns the column names in canonical order. */
  public List<String> header() {
    return header;
  }

  /** Returns the file a row belongs in. */
  public static CanonicalFile of(CanonicalRow row) {
    if (row instanceof CanonicalRow.Activity) {
      return ACTIVITIES;
    }
    if (row instanceof CanonicalRow.Symptom) {
      return SYMPTOMS;
    }
    if (row instanceof CanonicalRow.Patient) {
      return PATIENTS;
    }
    if (row instanceof CanonicalRow.Medication) {
      return MEDICATIONS;
    }
    return EVENTS;
  }

  /** Returns a row's cells as canonical text, in the order of its file's header. */
  public static List<String> cells(CanonicalRow row) {
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

  /**
   * Returns a number as canonical text: rounded half up to at most 4 decimals, trailing zeros
   * stripped, never exponent notation, "0" for zero.
   *
   * @throws IllegalArgumentException for NaN or an infinity
   */
  public static String decimal(double value) {
    return plain(finite(value).setScale(4, RoundingMode.HALF_UP));
  }

  /**
   * Returns a number as canonical text without rounding: the shortest plain decimal that reads back
   * as the same double (so a copy of a canonical file keeps every value exactly), trailing zeros
   * stripped, never exponent notation, "0" for zero.
   *
   * @throws IllegalArgumentException for NaN or an infinity
   */
  public static String exact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      // Whole numbers (most durations and ratings) skip the BigDecimal: same text, far cheaper.
      return value == 0 ? "0" : Long.toString((long) value);
    }
    return plain(finite(value));
  }

  private static BigDecimal finite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  private static String plain(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  private static List<String> cells(Object... values) {
    return Arrays.stream(values).map(CanonicalFile::text).toList();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double) {
      return decimal((Double) value);
    }
    if (value instanceof LocalDate) {
      return value.toString();
    }
    return value.toString();
  }
}
