package org.rehabprogress.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The approximate regime's estimate and interval, as R's {@code wilcox.test} finds them: roots of
 * the standardised signed-rank statistic of {@code x - d} between {@code min(x)} and {@code
 * max(x)}, by R's {@code uniroot} with tolerance 1e-4; alpha doubled until both quantiles lie
 * within the range the statistic reaches, as R does for small or heavily tied samples.
 */
final class NormalInterval {

  /** R's {@code tol.root} default. */
  static final double TOLERANCE = 1e-4;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private NormalInterval() {}

  /**
   * Returns the result for nonzero values sorted ascending (at least one).
   *
   * @param score the standardised statistic of {@code sorted}
   * @param statistic V
   * @param pValue the approximate p-value
   * @param level the requested confidence level, in (0, 1)
   */
  static WilcoxonResult of(
      SignedRankScore score, double[] sorted, double statistic, double pValue, double level) {
    int n = sorted.length;
    double min = sorted[0];
    double max = sorted[n - 1];
    double atMin = score.at(min, true);
    double atMax = Double.isFinite(atMin) ? score.at(max, true) : Double.NaN;
    if (!Double.isFinite(atMax)) {
      // All values equal: no interval, and R's estimate is the midrange.
      return new WilcoxonResult(
          n, statistic, pValue, (min + max) / 2, Double.NaN, Double.NaN, 0, false);
    }
    double alpha = 1 - level;
    while (atMin - upperQuantile(alpha / 2) < 0 || atMax - lowerQuantile(alpha / 2) > 0) {
      alpha *= 2;
    }
    double reported = level;
    if (alpha >= 1 || 1 - level < alpha * 0.75) {
      // R warns "requested conf.level not achievable".
      reported = 1 - Math.min(1, alpha);
    }
    double low;
    double high;
    if (alpha < 1) {
      double zLow = upperQuantile(alpha / 2);
      double zHigh = lowerQuantile(alpha / 2);
      low =
          Zeroin.root(
              d -> score.at(d, true) - zLow, min, max, atMin - zLow, atMax - zLow, TOLERANCE);
      high =
          Zeroin.root(
              d -> score.at(d, true) - zHigh, min, max, atMin - zHigh, atMax - zHigh, TOLERANCE);
    } else {
      low = Median.ofSorted(sorted, n);
      high = low;
    }
    // R sets correct <- FALSE before finding the estimate, so its score has no correction.
    double estimate =
        Zeroin.root(
            d -> score.at(d, false),
            min,
            max,
            score.at(min, false),
            score.at(max, false),
            TOLERANCE);
    return new WilcoxonResult(n, statistic, pValue, estimate, low, high, reported, false);
  }

  private static double upperQuantile(double p) {
    return STANDARD_NORMAL.inverseSurvivalProbability(p);
  }

  private static double lowerQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }
}
