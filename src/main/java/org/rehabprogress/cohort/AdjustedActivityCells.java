package org.rehabprogress.cohort;

import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.privacy.Cell;

/**
 * One row of the adjusted per-activity table as shown (SPEC 5b; activity_effects.csv).
 *
 * @param activity the activity's group name
 * @param activityClass its catalog class
 * @param effect the pooled coefficient across the patients with one
 * @param pHolm its p-value adjusted by Holm's method over the activities shown
 */
public record AdjustedActivityCells(
    String activity, ActivityClass activityClass, PooledCells effect, Cell pHolm) {

  /** Checks for nulls. */
  public AdjustedActivityCells {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityClass, "activityClass");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(pHolm, "pHolm");
  }
}
