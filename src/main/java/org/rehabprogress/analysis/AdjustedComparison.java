package org.rehabprogress.analysis;

import java.util.List;
import java.util.Objects;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.ClassModel;

/**
 * A patient's adjusted next-day comparison (SPEC 3b), the primary activity figure: the day pairs,
 * the class model {@code y ~ F + L + O + p} with {@code adj_flagged_minus_low_impact}, the
 * per-activity model, and the choice check.
 *
 * @param pairs the day pairs the models are fitted on
 * @param byClass the class model and {@code bF - bL}
 * @param byActivity one row per activity name done on a pair's day, in the order of the
 *     per-activity table
 * @param choice {@code flagged_day_pain_minus_other}
 */
public record AdjustedComparison(
    DayPairs pairs, ClassModel byClass, List<AdjustedActivity> byActivity, ChoiceCheck choice) {

  /** Checks for nulls and copies the list. */
  public AdjustedComparison {
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(byClass, "byClass");
    Objects.requireNonNull(choice, "choice");
    byActivity = List.copyOf(byActivity);
  }

  /** Returns {@code adj_flagged_minus_low_impact} with its interval, or why there is none. */
  public AdjustedDifference flaggedMinusLowImpact() {
    return byClass.flaggedMinusLowImpact();
  }
}
