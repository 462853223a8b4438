package org.rehabprogress.stats;

/**
 * The one-sample Wilcoxon signed-rank test with its Hodges-Lehmann estimate and interval, field by
 * field what R's {@code wilcox.test(x, conf.int = TRUE)} returns.
 *
 * @param n the number of values after dropping zeros (and NaNs)
 * @param statistic R's {@code V}: the sum of the ranks of the positive values
 * @param pValue the two-sided p-value; NaN when {@code n} is 0
 * @param estimate R's {@code (pseudo)median}: the median of the Walsh averages in the exact regime,
 *     the root of the uncorrected score in the approximate one; the midrange when the interval
 *     cannot be computed (all values equal); NaN when {@code n} is 0
 * @param ciLow the lower bound of the interval, NaN when it cannot be computed
 * @param ciHigh the upper bound of the interval, NaN when it cannot be computed
 * @param confLevel the level R reports with the interval ({@code attr(conf.int, "conf.level")}):
 *     the requested one, or lower when that is not achievable (n = 1 to 4 in the exact regime, R
 *     warns), 0 when there is no interval
 * @param exact whether the exact regime was used: fewer than 50 values, no ties and no zeros
 */
public record WilcoxonResult(
    int n,
    double statistic,
    double pValue,
    double estimate,
    double ciLow,
    double ciHigh,
    double confLevel,
    boolean exact) {

  /**
   * Returns the confidence level the interval actually reaches: in the exact regime {@code 1 - 2 *
   * P(V <= qu - 1)} at R's quantile {@code qu} for the reported level (for n = 5 at 95% that is
   * 93.75%, though R reports 95% and warns only below n = 5), in the approximate regime the level R
   * reports, 0 when there is no interval. SPEC section 5 shows an interval only when this is at
   * least the level asked for.
   */
  public double achievedLevel() {
    if (n == 0 || confLevel == 0 || !exact) {
      return confLevel;
    }
    SignedRankDistribution distribution = new SignedRankDistribution(n);
    int qu = Math.max(distribution.quantile((1 - confLevel) / 2), 1);
    return Math.min(confLevel, 1 - 2 * distribution.cumulative(qu - 1));
  }

  /** Checks that the counts and levels are in range. */
  public WilcoxonResult {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, got " + n);
    }
    if (!(confLevel >= 0 && confLevel < 1)) {
      throw new IllegalArgumentException("confLevel must be in [0, 1), got " + confLevel);
    }
  }
}
