package org.rehabprogress.cohort;

import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.stats.WilcoxonResult;

/**
 * One activity across patients: each patient's mean next-day pain after days with the activity
 * minus after REST days, tested and estimated by the Wilcoxon signed-rank test with its
 * Hodges-Lehmann estimate and 95% interval.
 *
 * @param activity the activity's group name (see {@link ActivityGroups})
 * @param activityClass its catalog class
 * @param patients the patients with a difference
 * @param test the signed-rank test of those differences
 */
public record ActivityEffect(
    String activity, ActivityClass activityClass, int patients, WilcoxonResult test) {

  /** Checks for nulls. */
  public ActivityEffect {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityClass, "activityClass");
    Objects.requireNonNull(test, "test");
  }
}
