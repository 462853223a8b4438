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
 */
public record EffectCells(
    Cell n, Cell estimate, Cell ciLow, Cell ciHigh, Cell pValue, Cell statistic, Cell exact) {

  /** Returns the regime's name, {@code exact} or {@code normal}, or null when suppressed. */
  public String regime() {
    if (exact.suppressed() || exact.none()) {
      return null;
    }
    return exact.value() == 1 ? "exact" : "normal";
  }
}
