package org.rehabprogress.importer;

import java.util.Set;

/**
 * Choices for an import.
 *
 * @param patientId the patient id to write for single-person exports, or null to derive one from
 *     the source (its own id, or the file name)
 * @param painSymptoms for diary exports (Bearable): lower-case symptom names that count as pain
 */
public record ImportOptions(String patientId, Set<String> painSymptoms) {

  /** Copies the set. */
  public ImportOptions {
    painSymptoms = Set.copyOf(painSymptoms);
  }
}
