package org.rehabprogress.analysis;

import org.rehabprogress.stats.Round;

/**
 * Whether a GAD-7 change is clinically important: 4 points or more, compared on the change as shown
 * (rounded to 2 decimals), after Toussaint et al. 2020 (J Affect Disord 265:395, the minimal
 * clinically important difference of the GAD-7). A lower GAD-7 means fewer anxiety symptoms.
 */
public enum Gad7Change {
  /** The score fell by 4 points or more: fewer anxiety symptoms. */
  IMPORTANT_IMPROVEMENT,
  /** The score rose by 4 points or more: more anxiety symptoms. */
  IMPORTANT_WORSENING,
  /** Both figures exist and the change is under 4 points either way. */
  NOT_IMPORTANT,
  /** The baseline or current GAD-7 figure is none. */
  NOT_AVAILABLE;

  // Toussaint et al. 2020 (J Affect Disord 265:395): the GAD-7's minimal important change is 4.
  static final double IMPORTANT_CHANGE = 4.0;

  /** Returns how a GAD-7 change counts, from the change as shown. */
  public static Gad7Change of(Outcome gad7) {
    double shown = Round.half(gad7.change(), 2);
    if (Double.isNaN(shown)) {
      return NOT_AVAILABLE;
    }
    if (shown <= -IMPORTANT_CHANGE) {
      return IMPORTANT_IMPROVEMENT;
    }
    return shown >= IMPORTANT_CHANGE ? IMPORTANT_WORSENING : NOT_IMPORTANT;
  }
}
