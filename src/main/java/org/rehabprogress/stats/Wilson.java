package org.rehabprogress.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Wilson score interval for a proportion, as R's {@code prop.test(k, n, correct =
 * FALSE)$conf.int} (Wilson 1927, JASA 22:209; no continuity correction).
 */
public final class Wilson {

  /** The default confidence level. */
  public static final double LEVEL_95 = 0.95;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /**
   * A proportion with its interval.
   *
   * @param k the number of successes
   * @param n the number of trials
   * @param share {@code k / n}, NaN when {@code n} is 0
   * @param low the lower bound, in {@code [0, share]}, NaN when {@code n} is 0
   * @param high the upper bound, in {@code [share, 1]}, NaN when {@code n} is 0
   */
  public record Interval(int k, int n, double share, double low, double high) {}

  private Wilson() {}

  /** Returns the 95% interval of {@code k} successes in {@code n} trials; see below. */
  public static Interval interval(int k, int n) {
    return interval(k, n, LEVEL_95);
  }

  /**
   * Returns the two-sided interval of {@code k} successes in {@code n} trials at confidence {@code
   * level}, computed as R's {@code prop.test} does (the bounds are exactly 0 when {@code k} is 0
   * and exactly 1 when {@code k} is {@code n}). With no trials (where R stops) the share and bounds
   * are NaN.
   *
   * @param k the successes, {@code 0 <= k <= n}
   * @param n the trials, 0 or more
   * @param level the confidence level, strictly between 0 and 1
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static Interval interval(int k, int n, double level) {
    if (n < 0 || k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + " n=" + n);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be between 0 and 1, got " + level);
    }
    if (n == 0) {
      return new Interval(k, n, Double.NaN, Double.NaN, Double.NaN);
    }
    double share = (double) k / n;
    double z = STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
    // R's operations in R's order (prop.test, the one-sample branch), with no continuity
    // correction.
    double z22n = z * z / (2.0 * n);
    double spread = z * Math.sqrt(share * (1 - share) / n + z22n / (2.0 * n));
    double high = share >= 1 ? 1 : (share + z22n + spread) / (1 + 2 * z22n);
    double low = share <= 0 ? 0 : (share + z22n - spread) / (1 + 2 * z22n);
    return new Interval(k, n, share, Math.max(low, 0), Math.min(high, 1));
  }
}
