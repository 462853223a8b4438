package org.rehabprogress.importer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row an importer maps a source record to, in the shape of one of the canonical files. Values are
 * typed; the writer renders them as canonical CSV text. A null value is an empty cell.
 */
public sealed interface CanonicalRow {

  /** Returns the patient id, 1-64 letters, digits, '.', '_' or '-'. */
  String patientId();

  /** A row of activities.csv. */
  record Activity(
      String patientId,
      LocalDate date,
      String activity,
      Double durationMin,
      String intensity,
      String notes)
      implements CanonicalRow {
    /** Checks the required fields. */
    public Activity {
      Objects.requireNonNull(patientId, "patientId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(activity, "activity");
    }
  }

  /** A row of symptoms.csv; at least one measure is non-null. */
  record Symptom(
      String patientId,
      LocalDate date,
      Double pain,
      Double anxiety,
      Integer gad7,
      Double sleepHours,
      Double sleepQuality,
      String notes)
      implements CanonicalRow {
    /** Checks the required fields and that some measure is present. */
    public Symptom {
      Objects.requireNonNull(patientId, "patientId");
      Objects.requireNonNull(date, "date");
      if (pain == null
          && anxiety == null
          && gad7 == null
          && sleepHours == null
          && sleepQuality == null) {
        throw new IllegalArgumentException("a symptom row needs at least one measure");
      }
    }
  }

  /** A row of patients.csv. */
  record Patient(
      String patientId,
      LocalDate treatmentStart,
      LocalDate surgeryDate,
      String site,
      Integer birthYear,
      String sex)
      implements CanonicalRow {
    /** Checks the id. */
    public Patient {
      Objects.requireNonNull(patientId, "patientId");
    }
  }

  /** A row of events.csv. */
  record Event(String patientId, LocalDate date, String event) implements CanonicalRow {
    /** Checks the required fields. */
    public Event {
      Objects.requireNonNull(patientId, "patientId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(event, "event");
    }
  }
}
