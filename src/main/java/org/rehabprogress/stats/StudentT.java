package org.rehabprogress.stats;

import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The 97.5% quantile of Student's t distribution, R's {@code qt(0.975, df)}, remembered for each
 * number of degrees of freedom: Commons Statistics finds a quantile by iteration (about 6
 * microseconds measured), and the cohort asks for one per model and patient, almost always for the
 * same few hundred degrees of freedom.
 */
final class StudentT {

  /** Degrees of freedom up to this many are remembered; beyond it each quantile is computed. */
  static final int REMEMBERED = 1 << 12;

  // Raw bits of each quantile, 0 until computed (a quantile of 0.975 is never +0.0). A race only
  // computes the same value twice; AtomicLongArray makes each write whole and visible.
  private static final AtomicLongArray QUANTILES = new AtomicLongArray(REMEMBERED + 1);

  private StudentT() {}

  /**
   * Returns {@code qt(0.975, df)}, the multiplier of a standard error for a two-sided 95% interval
   * on {@code df} degrees of freedom.
   *
   * @param df the degrees of freedom, 1 or more
   * @throws IllegalArgumentException when {@code df} is below 1
   */
  static double quantile975(int df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom must be 1 or more, got " + df);
    }
    if (df > REMEMBERED) {
      return compute(df);
    }
    long bits = QUANTILES.get(df);
    if (bits != 0) {
      return Double.longBitsToDouble(bits);
    }
    double q = compute(df);
    QUANTILES.set(df, Double.doubleToRawLongBits(q));
    return q;
  }

  private static double compute(int df) {
    return TDistribution.of(df).inverseCumulativeProbability(0.975);
  }
}
