package org.rehabprogress.stats;

import java.util.List;
import java.util.Optional;

/**
 * One patient's adjusted next-day model by activity name (SPEC 3b): one indicator per name done on
 * at least 5 of the pairs' days, {@code O} for days with any other activity, and {@code p}.
 *
 * @param pairs the number of day pairs {@code n}
 * @param fit the least-squares fit, with terms {@code (Intercept)}, the names with an indicator in
 *     the order given, {@code O}, {@code p}; empty when there are no pairs
 * @param activities one entry per name given, in the order given
 */
public record ActivityModel(int pairs, Optional<OlsFit> fit, List<Effect> activities) {

  /** Checks that nothing is missing and copies the list. */
  public ActivityModel {
    if (fit == null) {
      throw new IllegalArgumentException("fit must not be null");
    }
    activities = List.copyOf(activities);
  }

  /**
   * One activity's adjusted difference in next-day pain from a logged day with no activity, at the
   * same pain that day.
   *
   * @param activity the name as given
   * @param days the number of pairs whose day had this activity
   * @param difference its coefficient with standard error and 95% t interval, or why none
   */
  public record Effect(String activity, int days, AdjustedDifference difference) {

    /** Checks that nothing is missing. */
    public Effect {
      if (activity == null || difference == null) {
        throw new IllegalArgumentException("activity and difference must not be null");
      }
    }
  }
}
