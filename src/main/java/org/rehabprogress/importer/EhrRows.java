package org.rehabprogress.importer;

import java.time.LocalDate;
import java.util.Locale;

/** Rows and skip reasons shared by the EHR importers (FHIR, Synthea). */
final class EhrRows {

  /** The skip reason of a patient with nothing rehab follows. */
  static final String UNFOLLOWED_PATIENT =
      "Patient with no measure rehab follows and no chronic low back pain";

  private EhrRows() {}

  /**
   * Returns the symptom row of a pain or GAD-7 value already checked against its range. The notes
   * are the observation's date-time as written when it has a time of day: it tells the clinician
   * when in the day the value was taken, and keeps two equal values of one day from reading as a
   * duplicate row in the canonical files.
   *
   * @param when the effective date or date-time as written
   */
  static CanonicalRow.Symptom symptom(
      String patientId, LocalDate date, Loinc loinc, double value, String when) {
    String notes = when.strip().length() > 10 ? when.strip() : null;
    if (loinc == Loinc.PAIN) {
      return new CanonicalRow.Symptom(patientId, date, value, null, null, null, null, notes);
    }
    if (loinc == Loinc.GAD7) {
      return new CanonicalRow.Symptom(
          patientId, date, null, null, (int) Math.round(value), null, null, notes);
    }
    throw new IllegalArgumentException("sleep is summed per night, not written per record");
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
