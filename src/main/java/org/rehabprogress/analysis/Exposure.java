package org.rehabprogress.analysis;

import org.rehabprogress.catalog.ActivityClass;

/**
 * What a day was, from its activity entries: FLAGGED if any flagged activity, else LOW_IMPACT if
 * any low-impact activity, else OTHER if any activity at all, else REST (also a day with no entry
 * of any kind). Constants are declared in priority order, highest first.
 */
public enum Exposure {
  /** At least one flagged activity. */
  FLAGGED,
  /** No flagged activity, at least one low-impact activity. */
  LOW_IMPACT,
  /** Only neutral or unclassified activities. */
  OTHER,
  /** No activity entry. */
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
