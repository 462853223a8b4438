package org.rehabprogress.analysis;

import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.stats.AdjustedDifference;

/**
 * One activity's adjusted difference in next-day pain (SPEC 3b, the per-activity model): its
 * coefficient, the difference from a logged day with no activity at the same pain that day.
 *
 * @param activity the activity name as the per-activity table shows it (see {@link
 *     ActivityComparison})
 * @param activityClass its catalog class (UNCLASSIFIED when the catalog does not know it)
 * @param days the day pairs whose day {@code d} had this activity
 * @param difference the coefficient with its standard error and 95% t interval, or why there is
 *     none (fewer than 5 days: the activity counts in {@code O} instead)
 */
public record AdjustedActivity(
    String activity, ActivityClass activityClass, int days, AdjustedDifference difference) {

  /** Checks for nulls. */
  public AdjustedActivity {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityClass, "activityClass");
    Objects.requireNonNull(difference, "difference");
  }
}
