package org.rehabprogress.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything read from one input folder: the patient dictionary (codes in id order), the symptom
 * and activity columns, patients, events and medications, and the account of every row read.
 *
 * @param patientIds patient ids indexed by code, in ascending id order
 * @param symptoms the accepted symptom rows
 * @param activities the accepted activity rows
 * @param patients patients.csv rows by patient id (empty when there is no patients.csv)
 * @param events events.csv rows by patient id, each list in date then line order
 * @param medications medications.csv rows by patient id, each list in start then line order (empty
 *     when there is no medications.csv)
 * @param ledgers one ledger per input file read, in the order activities, symptoms, patients,
 *     events, medications
 * @param rejects every rejected row, by file then line
 * @param duplicates every exact repeat, by file then line
 * @param warnings file-level warnings (unknown columns), one line each
 */
public record Dataset(
    List<String> patientIds,
    SymptomLog symptoms,
    ActivityLog activities,
    Map<String, PatientInfo> patients,
    Map<String, List<PatientEvent>> events,
    Map<String, List<Medication>> medications,
    List<FileLedger> ledgers,
    List<Reject> rejects,
    List<Duplicate> duplicates,
    List<String> warnings) {

  /** Checks for nulls and copies the lists and maps. */
  public Dataset {
    patientIds = List.copyOf(patientIds);
    Objects.requireNonNull(symptoms, "symptoms");
    Objects.requireNonNull(activities, "activities");
    patients = Map.copyOf(patients);
    events = Map.copyOf(events);
    medications = Map.copyOf(medications);
    ledgers = List.copyOf(ledgers);
    rejects = List.copyOf(rejects);
    duplicates = List.copyOf(duplicates);
    warnings = List.copyOf(warnings);
  }
}
