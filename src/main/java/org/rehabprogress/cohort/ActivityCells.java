package org.rehabprogress.cohort;

import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.privacy.Cell;

/**
 * One row of the per-activity table as shown.
 *
 * @param activity the activity's group name
 * @param activityClass its catalog class
 * @param patients the patients with a difference from REST days
 * @param effect the test of their differences
 */
public record ActivityCells(
    String activity, ActivityClass activityClass, Cell patients, EffectCells effect) {

  /** Checks for nulls. */
  public ActivityCells {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityClass, "activityClass");
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(effect, "effect");
  }
}
