package org.rehabprogress.analysis;

import org.rehabprogress.catalog.ActivityClass;

/**
 * What a day was, from its entries (SPEC section 3): FLAGGED if any flagged activity, else
 * LOW_IMPACT if any low-impact activity, else OTHER if any activity at all, else REST when the day
 * has a symptom entry (the patient logged the day and did no activity). A day with no entry of any
 * kind is unlogged and has no exposure (null in {@link DailySeries#exposure()}): it belongs to no
 * group, since an unlogged day is not a rest day. Constants are declared in priority order, highest
 * first.
 */
public enum Exposure {
  /** At least one flagged activity. */
  FLAGGED,
  /** No flagged activity, at least one low-impact activity. */
  LOW_IMPACT,
  /** Only neutral or unclassified activities. */
  OTHER,
  /** A logged day (a symptom entry) with no activity entry. */
  REST;

  /** Returns the exposure a single activity of the given class gives its day. */
  public static Exposure of(ActivityClass activityClass) {
    return switch (activityClass) {
      case FLAGGED -> FLAGGED;
      case LOW_IMPACT -> LOW_IMPACT;
      case NEUTRAL, UNCLASSIFIED -> OTHER;
    };
  }

  /** Returns the higher-priority of this exposure and another one. */
  public Exposure and(Exposure other) {
    return other.ordinal() < ordinal() ? other : this;
  }
}
