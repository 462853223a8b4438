package org.rehabprogress.chart;

import java.util.Objects;

/**
 * One row of the forest plot: an activity's adjusted estimate of the difference in next-day pain
 * from days with no activity (SPEC 5b), with its 95% interval, and the unadjusted estimate of the
 * same activity beside it when there is one.
 *
 * @param label the activity name, as the row is labelled
 * @param estimate the estimate, in pain points
 * @param low the lower end of the 95% interval, at most the estimate
 * @param high the upper end of the 95% interval, at least the estimate
 * @param n the number of patients behind the row, at least 1
 * @param unadjusted the unadjusted estimate drawn beside it in grey, or null
 */
public record ForestRow(
    String label, double estimate, double low, double high, int n, ForestRow unadjusted) {

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
    if (unadjusted != null && unadjusted.unadjusted() != null) {
      throw new IllegalArgumentException(label + ": an unadjusted row has nothing beside it");
    }
  }

  /** Returns a row with nothing beside it. */
  public ForestRow(String label, double estimate, double low, double high, int n) {
    this(label, estimate, low, high, n, null);
  }
}
