package org.rehabprogress.cohort;

import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.stats.PooledEffect;

/**
 * One activity's adjusted effect across patients (SPEC 5b): each patient's per-activity coefficient
 * (the adjusted difference in next-day pain from a logged day with no activity, at the same pain
 * that day) pooled by REML random effects, with its Holm-adjusted p-value.
 *
 * @param activity the activity's group name (see {@link ActivityGroups})
 * @param activityClass its catalog class
 * @param patients the patients with a coefficient, at least the small-cell threshold
 * @param pooled the pooled estimate, or why there is none
 * @param pHolm the p-value adjusted by Holm's method over the activities shown, NaN when the pooled
 *     estimate is none
 */
public record AdjustedEffect(
    String activity, ActivityClass activityClass, int patients, PooledEffect pooled, double pHolm) {

  /** Checks for nulls. */
  public AdjustedEffect {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityClass, "activityClass");
    Objects.requireNonNull(pooled, "pooled");
  }
}
