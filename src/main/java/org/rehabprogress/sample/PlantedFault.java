package org.rehabprogress.sample;

import java.util.Objects;

/**
 * A fault placed in one patient's rows.
 *
 * @param kind the kind of fault
 * @param inSymptoms true for a row of symptoms.csv, false for activities.csv
 * @param variant for OUT_OF_RANGE, 0 pain 11 and 1 sleep_hours 25; otherwise 0
 */
public record PlantedFault(Fault kind, boolean inSymptoms, int variant) {

  /** Checks the kind. */
  public PlantedFault {
    Objects.requireNonNull(kind, "kind");
  }

  /** Returns the name of the file the fault is in. */
  public String file() {
    return inSymptoms ? "symptoms.csv" : "activities.csv";
  }
}
