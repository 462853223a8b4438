package org.rehabprogress.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which patients carry which planted faults: about one of each kind per 20,000 rows, and at least
 * two of each. A patient carries at most one fault of a kind per file (and variant), so that two
 * faulty rows can never coincide in text; late starters, who have few rows, are passed over.
 */
final class FaultPlan {

  /** Rows per fault of each kind. */
  static final int ROWS_PER_FAULT = 20_000;

  private final Map<Integer, List<PlantedFault>> byPatient;

  private FaultPlan(Map<Integer, List<PlantedFault>> byPatient) {
    this.byPatient = byPatient;
  }

  /** Returns the number of faults of each kind planned for a configuration. */
  static int perKind(SampleConfig config) {
    // About three rows (one symptom row, two activity rows) per patient-day.
    long rows = 3L * config.patients() * config.days();
    return (int) Math.max(2, Math.round((double) rows / ROWS_PER_FAULT));
  }

  /** Returns the plan of a configuration; a pure function of it. */
  static FaultPlan of(SampleConfig config) {
    Map<Integer, List<PlantedFault>> byPatient = new HashMap<>();
    Set<List<Integer>> taken = new HashSet<>();
    int count = perKind(config);
    for (Fault kind : Fault.values()) {
      for (int j = 0; j < count; j++) {
        boolean inSymptoms = kind == Fault.OUT_OF_RANGE || j % 2 == 1;
        int variant = kind == Fault.OUT_OF_RANGE ? j % 2 : 0;
        PlantedFault fault = new PlantedFault(kind, inSymptoms, variant);
        long which = (long) kind.ordinal() << 32 | j;
        for (int attempt = 0; attempt < 64; attempt++) {
          long mixed = Seeds.mix(config.seed(), which, Seeds.FAULT_PATIENTS + 8L * attempt);
          int index = (int) Math.floorMod(mixed, (long) config.patients());
          boolean late = Archetype.of(config.seed(), index) == Archetype.LATE_STARTER;
          List<Integer> key = List.of(index, kind.ordinal(), inSymptoms ? 1 : 0, variant);
          if ((!late || attempt >= 32) && taken.add(key)) {
            byPatient.computeIfAbsent(index, i -> new ArrayList<>()).add(fault);
            break;
          }
        }
      }
    }
    return new FaultPlan(byPatient);
  }

  /** Returns the faults planned for patient {@code index}, never null. */
  List<PlantedFault> forPatient(int index) {
    return byPatient.getOrDefault(index, List.of());
  }
}
