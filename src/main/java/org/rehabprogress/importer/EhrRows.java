package org.rehabprogress.importer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Rows and skip reasons shared by the EHR importers (FHIR, Synthea). */
final class EhrRows {

  /** The skip reason of a patient with nothing rehab follows. */
  static final String UNFOLLOWED_PATIENT =
      "Patient with no measure rehab follows and no chronic low back pain";

  private EhrRows() {}

  /**
   * Returns the symptom row of a pain or GAD-7 value already checked against its range.
   *
   * @param notes the row's notes, from {@link #notes}
   */
  static CanonicalRow.Symptom symptom(
      String patientId, LocalDate date, Loinc loinc, double value, String notes) {
    switch (loinc) {
      case PAIN:
      case PAIN_REPORTED:
        return new CanonicalRow.Symptom(patientId, date, value, null, null, null, null, notes);
      case GAD7:
        return new CanonicalRow.Symptom(
            patientId, date, null, null, (int) Math.round(value), null, null, notes);
      default:
        throw new IllegalArgumentException(
            loinc + " is summed per night or gathered per questionnaire, not written per record");
    }
  }

  /**
   * Returns the notes of an observation's row: its instant, in its own offset or, for a time in
   * UTC, in the zone it is dated in ({@code 2021-08-23T05:26:50+02:00}); a local date-time as
   * written; null for a date alone. The instant tells the clinician when in the day the value was
   * taken, keeps two equal values of one day from reading as a duplicate row, and lets the same
   * observation from two exports of one source count as a duplicate ({@link RowIdentity}).
   */
  static String notes(String written, Stamp stamp, ZoneId zone) {
    String instant = stamp.instant(zone);
    if (instant != null) {
      return instant;
    }
    return stamp.hasTime() ? written.strip() : null;
  }

  /** Returns the skip reason of an observation with a code rehab does not follow. */
  static String otherObservation(String code, String description) {
    return "Observation " + code + " " + description + " is not a measure rehab follows";
  }

  /** Returns the skip reason of a condition other than chronic low back pain. */
  static String otherCondition(String code, String description) {
    return "Condition " + code + " " + description + " is not the condition rehab follows";
  }

  /**
   * Returns the sex as FHIR's administrative gender words: Synthea's CSV {@code M} and {@code F}
   * become {@code male} and {@code female}; other text is kept as written, empty as null.
   */
  static String sex(String written) {
    String s = written.strip();
    switch (s.toUpperCase(Locale.ROOT)) {
      case "M":
        return "male";
      case "F":
        return "female";
      default:
        return s.isEmpty() ? null : s;
    }
  }
}
