package org.rehabprogress.chart;

import java.util.Objects;

/**
 * One row of the forest plot: an activity's Hodges-Lehmann estimate of the per-patient difference
 * in next-day pain against rest days, with its 95% interval.
 *
 * @param label the activity name, as the row is labelled
 * @param estimate the Hodges-Lehmann estimate, in pain points
 * @param low the lower end of the 95% interval, at most the estimate
 * @param high the upper end of the 95% interval, at least the estimate
 * @param n the number of patients behind the row, at least 1
 */
public record ForestRow(String label, double estimate, double low, double high, int n) {

  /** Checks that the figures are finite and in order. */
  public ForestRow {
    Objects.requireNonNull(label, "label");
    if (!Double.isFinite(estimate) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException(label + ": estimate and interval must be finite");
    }
    if (low > estimate || estimate > high) {
      throw new IllegalArgumentException(
          label + ": interval " + low + " .. " + high + " does not hold the estimate " + estimate);
    }
    if (n < 1) {
      throw new IllegalArgumentException(label + ": n must be at least 1, got " + n);
    }
  }
}
