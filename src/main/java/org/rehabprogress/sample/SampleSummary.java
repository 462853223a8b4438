package org.rehabprogress.sample;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the generator wrote.
 *
 * @param patients the rows of patients.csv, one per patient
 * @param symptomRows the rows of symptoms.csv, header excluded, planted duplicates included
 * @param activityRows the rows of activities.csv, likewise
 * @param eventRows the rows of events.csv
 * @param medicationRows the rows of medications.csv
 * @param archetypes the archetype of each patient, by zero-based index
 * @param faults the planted faults in patient order
 */
public record SampleSummary(
    int patients,
    long symptomRows,
    long activityRows,
    long eventRows,
    long medicationRows,
    List<Archetype> archetypes,
    List<PlantedFault> faults) {

  /** Checks for nulls and copies the lists. */
  public SampleSummary {
    archetypes = List.copyOf(archetypes);
    faults = List.copyOf(faults);
  }

  /**
   * Returns the number of planted faults of one kind in one file ({@code symptoms.csv} or {@code
   * activities.csv}).
   */
  public int count(Fault kind, String file) {
    Objects.requireNonNull(kind, "kind");
    return (int) faults.stream().filter(f -> f.kind() == kind && f.file().equals(file)).count();
  }

  /** Returns the number of patients of each archetype, in the enum's order. */
  public Map<Archetype, Long> archetypeCounts() {
    Map<Archetype, Long> counts = new java.util.EnumMap<>(Archetype.class);
    for (Archetype archetype : Archetype.values()) {
      counts.put(archetype, archetypes.stream().filter(a -> a == archetype).count());
    }
    return counts;
  }
}
