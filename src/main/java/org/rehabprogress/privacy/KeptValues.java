package org.rehabprogress.privacy;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values of one patients.csv text column (site, sex) that are common enough to keep: each value
 * counted once per exported patient, kept when at least {@code min-cell} patients hold it.
 */
final class KeptValues {

  private final Map<String, Integer> patients = new TreeMap<>();
  private Set<String> kept;

  /** Counts one patient's value; null is not a value. */
  void count(String value) {
    if (value != null) {
      patients.merge(value, 1, Integer::sum);
    }
  }

  /** Decides which values stay; call once, after every patient is counted. */
  void decide(int min) {
    kept = MinCell.kept(patients, min);
  }

  /** Keeps the values decided across the patients of a larger data set than the one counted. */
  void keep(Set<String> values) {
    kept = Set.copyOf(values);
  }

  /** Returns the value when it is kept, else null. */
  String filter(String value) {
    return value != null && kept.contains(value) ? value : null;
  }

  /** Returns the number of distinct values kept and blanked. */
  Kept counts() {
    return new Kept(kept.size(), patients.size() - kept.size());
  }
}
