package org.rehabprogress.analysis;

import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;

/**
 * Next-day pain after the days on which a patient did one activity, against the patient's REST
 * days.
 *
 * @param activity the activity as SPEC section 2 matches names: the catalog activity's name for a
 *     name the catalog knows (directly or through an alias), else the first in text order of the
 *     spellings that differ only in case, punctuation or spacing, surrounding space removed
 * @param activityClass the catalog class of the name (UNCLASSIFIED when the catalog does not know
 *     it)
 * @param nextDay next-day pain over the days {@code d} in {@code start .. end-1} with this activity
 *     whose next day has pain, each day once
 * @param differenceVsRest {@code nextDay.mean - mean after REST days}, NaN when either is none
 */
public record ActivityComparison(
    String activity, ActivityClass activityClass, NextDayPain nextDay, double differenceVsRest) {

  /** Checks for nulls. */
  public ActivityComparison {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityClass, "activityClass");
    Objects.requireNonNull(nextDay, "nextDay");
  }
}
