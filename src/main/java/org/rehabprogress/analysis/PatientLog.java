package org.rehabprogress.analysis;

import java.util.List;
import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogMatches;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.ingest.PatientInfo;
import org.rehabprogress.ingest.SymptomLog;

/**
 * One patient's input, the argument of the per-patient analysis: a view of the patient's rows in
 * the shared columns (rows {@code symptoms.from(code) .. symptoms.to(code)}), the patients.csv row,
 * the events, and the class and catalog activity of every activity name code. A distributed engine
 * builds the same view from one patient's rows with {@code code} 0.
 *
 * @param code the patient's code in the columns
 * @param patientId the patient id
 * @param info the patients.csv row, or null
 * @param symptoms the symptom columns holding this patient's rows
 * @param activities the activity columns holding this patient's rows
 * @param classes the class of each activity name code of {@code activities.names()}
 * @param matches which activity name codes of {@code activities.names()} are one activity (SPEC
 *     section 2), as the per-activity figures group them
 * @param events the patient's events in date order, never null
 * @param medications the patient's medications.csv rows in start order, never null; empty when the
 *     patient has none (the opioid dose is then unknown, not zero)
 */
public record PatientLog(
    int code,
    String patientId,
    PatientInfo info,
    SymptomLog symptoms,
    ActivityLog activities,
    List<ActivityClass> classes,
    CatalogMatches matches,
    List<PatientEvent> events,
    List<Medication> medications) {

  /** Checks for nulls and copies the lists. */
  public PatientLog {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(symptoms, "symptoms");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(matches, "matches");
    classes = List.copyOf(classes);
    events = List.copyOf(events);
    medications = List.copyOf(medications);
    if (classes.size() != activities.names().size()) {
      throw new IllegalArgumentException("one class per activity name expected");
    }
    if (matches.size() != activities.names().size()) {
      throw new IllegalArgumentException("one catalog match per activity name expected");
    }
  }

  /** Returns a patient's view without medications.csv rows. */
  public PatientLog(
      int code,
      String patientId,
      PatientInfo info,
      SymptomLog symptoms,
      ActivityLog activities,
      List<ActivityClass> classes,
      CatalogMatches matches,
      List<PatientEvent> events) {
    this(code, patientId, info, symptoms, activities, classes, matches, events, List.of());
  }
}
