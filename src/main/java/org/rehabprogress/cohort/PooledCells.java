package org.rehabprogress.cohort;

import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.PooledEffect;

/**
 * A random-effects pooled estimate as shown (SPEC 5b): each figure a value or suppressed. The whole
 * estimate is hidden as small when it rests on 1 to min-cell - 1 patients.
 *
 * @param n the patients pooled
 * @param estimate the pooled estimate, in points of next-day pain
 * @param se its standard error
 * @param ciLow the lower bound of its 95% interval (normal)
 * @param ciHigh the upper bound of its 95% interval
 * @param pValue the two-sided p-value
 * @param tau2 the REML between-patient variance
 * @param i2 I^2 in percent
 * @param none why there is no estimate, null when there is one (or it is hidden)
 */
public record PooledCells(
    Cell n,
    Cell estimate,
    Cell se,
    Cell ciLow,
    Cell ciHigh,
    Cell pValue,
    Cell tau2,
    Cell i2,
    PooledEffect.Reason none) {

  /**
   * Returns the cells of a pooled estimate over {@code patients} patients: hidden whole as small
   * when they are 1 to min-cell - 1.
   */
  static PooledCells of(PooledEffect pooled, int patients, SmallCells rules) {
    Cell.Hidden why = rules.smallCell(patients) ? Cell.Hidden.SMALL : null;
    Cell n = Cell.of(patients, why);
    if (pooled instanceof PooledEffect.Estimate e) {
      return new PooledCells(
          n,
          Cell.of(e.estimate(), why),
          Cell.of(e.se(), why),
          Cell.of(e.ciLow(), why),
          Cell.of(e.ciHigh(), why),
          Cell.of(e.pValue(), why),
          Cell.of(e.tau2(), why),
          Cell.of(e.i2(), why),
          null);
    }
    Cell none = Cell.of(Double.NaN, why);
    return new PooledCells(
        n,
        none,
        none,
        none,
        none,
        none,
        none,
        none,
        why == null ? ((PooledEffect.None) pooled).reason() : null);
  }
}
