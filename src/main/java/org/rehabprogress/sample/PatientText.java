package org.rehabprogress.sample;

import java.util.List;
import java.util.Objects;

/**
 * One patient's part of each canonical file, as CSV text without headers (each row ending in LF).
 *
 * @param id the patient id
 * @param archetype the course the patient follows (not written to any file)
 * @param patients the patient's row of patients.csv
 * @param symptoms the patient's rows of symptoms.csv
 * @param activities the patient's rows of activities.csv
 * @param events the patient's rows of events.csv
 * @param medications the patient's rows of medications.csv
 * @param symptomRows the number of rows in {@code symptoms}
 * @param activityRows the number of rows in {@code activities}
 * @param eventRows the number of rows in {@code events}
 * @param medicationRows the number of rows in {@code medications}
 * @param faults the faults planted in the patient's rows
 */
public record PatientText(
    String id,
    Archetype archetype,
    String patients,
    String symptoms,
    String activities,
    String events,
    String medications,
    int symptomRows,
    int activityRows,
    int eventRows,
    int medicationRows,
    List<PlantedFault> faults) {

  /** Checks for nulls and copies the fault list. */
  public PatientText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(archetype, "archetype");
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(symptoms, "symptoms");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(medications, "medications");
    faults = List.copyOf(faults);
  }
}
