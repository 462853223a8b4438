package org.rehabprogress.stats;

import java.util.Arrays;

/**
 * The exact regime's estimate and interval, as R's {@code wilcox.test}: the median of the sorted
 * Walsh averages and the two averages at the signed-rank quantiles, with R's fallback when the
 * requested level cannot be reached (n = 1 to 4 at 95%).
 */
final class ExactInterval {

  private ExactInterval() {}

  /**
   * Returns the result for untied nonzero values, sorted ascending, fewer than 50 of them.
   *
   * @param statistic V
   * @param pValue the exact p-value
   * @param level the requested confidence level, in (0, 1)
   */
  static WilcoxonResult of(double[] sorted, double statistic, double pValue, double level) {
    int n = sorted.length;
    double[] walsh = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        walsh[k++] = sorted[i] + sorted[j];
      }
    }
    // R sorts the sums, then halves them: halving is exact and keeps the order.
    Arrays.sort(walsh);
    for (int i = 0; i < walsh.length; i++) {
      walsh[i] /= 2;
    }
    double alpha = 1 - level;
    SignedRankDistribution distribution = new SignedRankDistribution(n);
    int qu = Math.max(distribution.quantile(alpha / 2), 1);
    int ql = n * (n + 1) / 2 - qu;
    double achievedAlpha = 2 * distribution.cumulative(qu - 1);
    double reported = level;
    if (achievedAlpha - alpha > alpha / 2) {
      // R warns "requested conf.level not achievable" and reports what it achieved.
      reported = 1 - signif2(achievedAlpha);
    }
    double estimate = Median.ofSorted(walsh, walsh.length);
    return new WilcoxonResult(
        n, statistic, pValue, estimate, walsh[qu - 1], walsh[ql], reported, true);
  }

  /**
   * Returns R's {@code signif(p, 2)} for {@code 0 < p <= 1}: two significant digits, a tie to the
   * even digit (R's fprec uses nearbyint).
   */
  static double signif2(double p) {
    int e10 = (int) (1 - Math.floor(Math.log10(p)));
    double pow10 = Math.pow(10, e10);
    return Math.rint(p * pow10) / pow10;
  }
}
