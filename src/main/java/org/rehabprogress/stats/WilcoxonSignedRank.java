package org.rehabprogress.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The one-sample, two-sided Wilcoxon signed-rank test of location 0 with the Hodges-Lehmann
 * estimate and interval, equal to R's {@code wilcox.test(x, conf.int = TRUE)} (mu = 0, exact =
 * NULL, correct = TRUE) in both of its regimes, following R's code path step by step.
 *
 * <p>Zeros are dropped first. With fewer than 50 values, no ties among the absolute values and no
 * zeros, the regime is exact: the p-value from the signed-rank distribution, the interval from the
 * sorted Walsh averages. Otherwise it is the normal approximation with continuity correction and
 * tie-corrected variance, and the estimate and interval are found as R finds them, by Brent's root
 * finder (R's {@code uniroot}, tolerance 1e-4) on the standardised statistic of {@code x - d}.
 *
 * <p>In the exact regime the statistic and p-value come from Commons Statistics' {@link
 * WilcoxonSignedRankTest}, which agrees with R there; normal quantiles and tail areas come from its
 * {@link NormalDistribution}. The rest is computed here: the approximate statistic, in O(n) from
 * the sorted values (Commons' test would rank them again, about a second per million values), and
 * the signed-rank quantiles and the interval, which Commons lacks.
 */
public final class WilcoxonSignedRank {

  /** The default confidence level of the interval. */
  public static final double LEVEL_95 = 0.95;

  /** The size from which R uses the normal approximation even without ties or zeros. */
  static final int EXACT_BELOW = 50;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private WilcoxonSignedRank() {}

  /** Returns the test with a 95% interval; see below. */
  public static WilcoxonResult test(double[] x) {
    return test(x, LEVEL_95);
  }

  /**
   * Returns the test of {@code x} with an interval at confidence {@code level}. NaN values are
   * dropped, as R drops missing values. Where R stops (no values at all) the result is the one R
   * gives for values that are all zero: n = 0, statistic 0, NaN p-value, estimate and bounds, level
   * 0. The input is not modified. O(n log n) time and O(n) memory in the approximate regime.
   *
   * @param x the values, for instance per-patient differences; finite or NaN
   * @param level the confidence level, strictly between 0 and 1
   * @throws IllegalArgumentException when a value is infinite or the level is out of range
   */
  public static WilcoxonResult test(double[] x, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be between 0 and 1, got " + level);
    }
    double[] kept = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    Finite.check("x", kept);
    double[] sorted = Arrays.stream(kept).filter(v -> v != 0).sorted().toArray();
    boolean zeros = sorted.length < kept.length;
    int n = sorted.length;
    if (n == 0) {
      return new WilcoxonResult(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, false);
    }
    SignedRankScore score = new SignedRankScore(sorted);
    SignedRankScore.Ranks ranks = score.rank(0);
    boolean ties = ranks.tieSum() > 0;
    if (n < EXACT_BELOW && !ties && !zeros) {
      WilcoxonSignedRankTest.Result exact =
          WilcoxonSignedRankTest.withDefaults().with(PValueMethod.EXACT).test(sorted);
      return ExactInterval.of(sorted, exact.getStatistic(), exact.getPValue(), level);
    }
    double z = score.at(0, true);
    double p =
        2
            * Math.min(
                STANDARD_NORMAL.cumulativeProbability(z), STANDARD_NORMAL.survivalProbability(z));
    return NormalInterval.of(score, sorted, ranks.statistic(), p, level);
  }
}
