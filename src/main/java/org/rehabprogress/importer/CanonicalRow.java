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

  /**
   * A row of symptoms.csv, its measures in the canonical column order (SPEC section 1); at least
   * one measure is non-null.
   */
  record Symptom(
      String patientId,
      LocalDate date,
      Double pain,
      Double legPain,
      Double anxiety,
      Integer gad7,
      Double sleepHours,
      Double sleepQuality,
      Double peg,
      Double odi,
      Integer pgic,
      String notes)
      implements CanonicalRow {
    /** Checks the required fields and that some measure is present. */
    public Symptom {
      Objects.requireNonNull(patientId, "patientId");
      Objects.requireNonNull(date, "date");
      if (pain == null
          && legPain == null
          && anxiety == null
          && gad7 == null
          && sleepHours == null
          && sleepQuality == null
          && peg == null
          && odi == null
          && pgic == null) {
        throw new IllegalArgumentException("a symptom row needs at least one measure");
      }
    }

    /** Creates a row of the measures every importer has long filled, the others empty. */
    public Symptom(
        String patientId,
        LocalDate date,
        Double pain,
        Double anxiety,
        Integer gad7,
        Double sleepHours,
        Double sleepQuality,
        String notes) {
      this(
          patientId,
          date,
          pain,
          null,
          anxiety,
          gad7,
          sleepHours,
          sleepQuality,
          null,
          null,
          null,
          notes);
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

  /**
   * A row of medications.csv (SPEC section 1): a drug taken from {@code start} to {@code end}
   * inclusive (null while ongoing), at {@code dailyDose} {@code unit} a day ({@code mg}) or per
   * hour of a patch ({@code mcg/h}).
   */
  record Medication(
      String patientId, LocalDate start, LocalDate end, String drug, double dailyDose, String unit)
      implements CanonicalRow {
    /** Checks the required fields, a positive dose and a known unit. */
    public Medication {
      Objects.requireNonNull(patientId, "patientId");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(drug, "drug");
      if (!(dailyDose > 0) || Double.isInfinite(dailyDose)) {
        throw new IllegalArgumentException("a daily dose is a finite number above 0");
      }
      if (!"mg".equals(unit) && !"mcg/h".equals(unit)) {
        throw new IllegalArgumentException("unit is mg or mcg/h: " + unit);
      }
      if (end != null && end.isBefore(start)) {
        throw new IllegalArgumentException("end " + end + " is before start " + start);
      }
    }
  }
}
