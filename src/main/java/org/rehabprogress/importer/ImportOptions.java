package org.rehabprogress.importer;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;

/**
 * Choices for an import.
 *
 * @param patientId the patient id to write for single-person exports, or null to take the export's
 *     own ids (a one-person export with a vendor's default file name then cannot be imported)
 * @param painSymptoms for diary exports (Bearable): lower-case symptom names that count as back (or
 *     overall) pain; empty for the default
 * @param legPainSymptoms for diary exports: lower-case symptom names that count as leg pain; empty
 *     for the default
 * @param zone the zone in which a time stamp in UTC is dated (SPEC section 7), never null
 */
public record ImportOptions(
    String patientId, Set<String> painSymptoms, Set<String> legPainSymptoms, ZoneId zone) {

  /** Copies the sets and checks the zone. */
  public ImportOptions {
    painSymptoms = Set.copyOf(painSymptoms);
    legPainSymptoms = Set.copyOf(legPainSymptoms);
    Objects.requireNonNull(zone, "zone");
  }

  /** Creates options with the default leg pain symptoms, dating UTC stamps in UTC. */
  public ImportOptions(String patientId, Set<String> painSymptoms) {
    this(patientId, painSymptoms, Set.of(), ZoneOffset.UTC);
  }

  /** Returns these options with another zone for UTC stamps. */
  public ImportOptions withZone(ZoneId other) {
    return new ImportOptions(patientId, painSymptoms, legPainSymptoms, other);
  }
}
