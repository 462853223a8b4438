package org.rehabprogress.analysis;

/**
 * The pain verdict of a patient (SPEC section 3): pain is the primary outcome, judged on the change
 * from the baseline to the current window.
 */
public enum Status {
  /**
   * A clinically important improvement: change <= -2.0 points, or change % <= -30 from a baseline
   * of 4.0 or more.
   */
  IMPROVED,
  /** Baseline and current exist and the change is neither an improvement nor a worsening. */
  UNCHANGED,
  /**
   * A clinically important worsening: change >= +2.0 points, or change % >= +30 from a baseline of
   * 4.0 or more.
   */
  WORSE,
  /** Baseline or current pain is missing (too few days, or too early to compare). */
  INSUFFICIENT_DATA
}
