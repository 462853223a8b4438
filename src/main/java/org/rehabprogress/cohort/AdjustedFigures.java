package org.rehabprogress.cohort;

import org.rehabprogress.stats.Ratio;

/**
 * What the cohort keeps of a patient's adjusted comparison (SPEC 3b) for the figures across
 * patients (5b): the class contrast with its standard error, the choice check exactly, and each
 * activity group's coefficient with its standard error. Arrays are shared, not copied: do not
 * modify them.
 *
 * @param estimate {@code adj_flagged_minus_low_impact}, NaN when none (the summary holds the same
 *     double)
 * @param se its standard error, NaN when none
 * @param choiceExact {@code flagged_day_pain_minus_other} exactly, null when none (the summary
 *     holds its exact-faithful double); zeros and ties across patients are decided on it
 * @param activityGroups the {@link ActivityGroups} with a per-activity coefficient, ascending
 * @param estimates per group of {@code activityGroups}: the coefficient, the adjusted difference in
 *     next-day pain from a logged day with no activity
 * @param standardErrors per group of {@code activityGroups}: the coefficient's standard error
 */
public record AdjustedFigures(
    double estimate,
    double se,
    Ratio choiceExact,
    int[] activityGroups,
    double[] estimates,
    double[] standardErrors) {

  /** No adjusted figure at all. */
  public static final AdjustedFigures NONE =
      new AdjustedFigures(Double.NaN, Double.NaN, null, new int[0], new double[0], new double[0]);

  /** Checks that the estimate has its error and every activity group its figures. */
  public AdjustedFigures {
    if (Double.isNaN(estimate) != Double.isNaN(se) || (!Double.isNaN(se) && !(se > 0))) {
      throw new IllegalArgumentException(
          "an estimate needs a positive standard error, got " + estimate + " and " + se);
    }
    if (activityGroups.length != estimates.length
        || activityGroups.length != standardErrors.length) {
      throw new IllegalArgumentException("one estimate and error per activity group expected");
    }
    for (int i = 1; i < activityGroups.length; i++) {
      if (activityGroups[i] <= activityGroups[i - 1]) {
        throw new IllegalArgumentException("activity groups must ascend");
      }
    }
  }
}
