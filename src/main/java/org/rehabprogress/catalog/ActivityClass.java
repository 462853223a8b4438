package org.rehabprogress.catalog;

/** The class an activity name maps to; drives a day's exposure and the comparisons. */
public enum ActivityClass {
  /** Recommended low-impact activity: swimming, walking, stretching, gentle yoga and the like. */
  LOW_IMPACT,
  /** An activity FBSS patients are commonly advised against: twisting, heavy lifting, impact. */
  FLAGGED,
  /** A known activity that is neither recommended nor flagged. */
  NEUTRAL,
  /**
   * A name the catalog does not know; counts as NEUTRAL in comparisons and is listed in reports.
   */
  UNCLASSIFIED;

  /** Returns the class used in comparisons: UNCLASSIFIED counts as NEUTRAL. */
  public ActivityClass forComparison() {
    return this == UNCLASSIFIED ? NEUTRAL : this;
  }
}
