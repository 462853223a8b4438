package org.rehabprogress.cohort;

import org.rehabprogress.privacy.Cell;

/**
 * A Wilcoxon signed-rank test as shown: each figure a value or suppressed.
 *
 * @param n the values tested (zeros dropped, as R drops them)
 * @param estimate the Hodges-Lehmann estimate (R's {@code (pseudo)median})
 * @param ciLow the 95% interval's lower bound
 * @param ciHigh the 95% interval's upper bound
 * @param pValue the two-sided p-value
 * @param statistic R's {@code V}
 * @param exact 1 for the exact regime, 0 for the normal approximation
 * @param noInterval true when the interval is left out (its bounds none) because its achieved level
 *     is under 95%: with 5 or fewer values the exact signed-rank interval cannot reach it
 */
public record EffectCells(
    Cell n,
    Cell estimate,
    Cell ciLow,
    Cell ciHigh,
    Cell pValue,
    Cell statistic,
    Cell exact,
    boolean noInterval) {

  /**
   * Returns what a page says instead of an interval that cannot reach 95%, e.g. {@code no 95%
   * interval with n = 4}; null when the interval is shown, none or hidden.
   */
  public String intervalNote() {
    if (!noInterval) {
      return null;
    }
    return n.shown()
        ? "no 95% interval with n = " + Math.round(n.value())
        : "no 95% interval with 5 or fewer values";
  }

  /** Returns the regime's name, {@code exact} or {@code normal}, or null when suppressed. */
  public String regime() {
    if (exact.suppressed() || exact.none()) {
      return null;
    }
    return exact.value() == 1 ? "exact" : "normal";
  }
}
