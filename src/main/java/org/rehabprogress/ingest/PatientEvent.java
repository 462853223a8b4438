package org.rehabprogress.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of events.csv: something that happened to a patient on a day.
 *
 * @param patientId the patient id
 * @param date the day of the event
 * @param event the free text, e.g. "medication change"; never null
 * @param line the input line, for provenance
 */
public record PatientEvent(String patientId, LocalDate date, String event, long line) {

  /** Checks that no field is null. */
  public PatientEvent {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
  }
}
