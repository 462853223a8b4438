package org.rehabprogress.privacy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The small-cell rule for text that describes patients (sites, sex, activity names): a value is
 * kept only where at least {@code min} patients hold it, so that no kept value points at fewer
 * people than the cohort's smallest reportable cell (11 by default, CMS's cell-size rule).
 */
public final class MinCell {

  /** The default threshold: CMS suppresses cells of 1 to 10 beneficiaries. */
  public static final int DEFAULT = SmallCells.DEFAULT_MIN_CELL;

  private MinCell() {}

  /** Returns the values held by at least {@code min} patients, in their natural order. */
  public static Set<String> kept(Map<String, Integer> patientsPerValue, int min) {
    if (min < 1) {
      throw new IllegalArgumentException("min-cell must be at least 1: " + min);
    }
    Set<String> kept = new TreeSet<>();
    patientsPerValue.forEach(
        (value, patients) -> {
          if (patients >= min) {
            kept.add(value);
          }
        });
    return kept;
  }
}
