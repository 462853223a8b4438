package org.rehabprogress.stats;

/**
 * The null distribution of the signed-rank statistic V for {@code n} untied nonzero values, as R's
 * {@code psignrank} and {@code qsignrank} compute it (nmath/signrank.c): exact counts of the
 * subsets of {@code 1..n} with each sum, each weighted by {@code exp(-n log 2)}. Commons Statistics
 * has the distribution only inside its test, without the quantile, hence this class.
 */
final class SignedRankDistribution {

  private final int n;
  private final double weight;

  /** {@code counts[k]}: the number of subsets of {@code 1..n} summing to k, for k up to half. */
  private final double[] counts;

  /**
   * Tabulates the distribution for {@code n} values.
   *
   * @param n the number of values, 1 to 1000 (the counts are exact below about 60)
   */
  SignedRankDistribution(int n) {
    if (n < 1 || n > 1000) {
      throw new IllegalArgumentException("n must be 1 to 1000, got " + n);
    }
    this.n = n;
    this.weight = Math.exp(-n * Math.log(2));
    int half = n * (n + 1) / 4;
    counts = new double[half + 1];
    counts[0] = 1;
    // Add the ranks 1..n one at a time, as R's csignrank does.
    for (int j = 1; j <= n; j++) {
      for (int k = Math.min(j * (j + 1) / 2, half); k >= j; k--) {
        counts[k] += counts[k - j];
      }
    }
  }

  /** Returns the number of subsets with sum {@code k}, for {@code 0 <= k <= n(n+1)/2}. */
  private double count(int k) {
    return counts[Math.min(k, n * (n + 1) / 2 - k)];
  }

  /** Returns R's {@code psignrank(q, n)}: P(V <= q), for an integer {@code q}. */
  double cumulative(int q) {
    double max = n * (n + 1) / 2.0;
    if (q < 0) {
      return 0;
    }
    if (q >= max) {
      return 1;
    }
    double p = 0;
    if (q <= n * (n + 1) / 4.0) {
      for (int i = 0; i <= q; i++) {
        p += count(i) * weight;
      }
      return p;
    }
    // The upper tail summed from the other end, as R does for accuracy.
    int upper = (int) (max - q);
    for (int i = 0; i < upper; i++) {
      p += count(i) * weight;
    }
    return 1 - p;
  }

  /**
   * Returns R's {@code qsignrank(p, n)} for {@code 0 < p <= 0.5}: the smallest q with P(V <= q) >=
   * p, give or take R's fuzz of 10 machine epsilons.
   */
  int quantile(double p) {
    if (!(p > 0 && p <= 0.5)) {
      throw new IllegalArgumentException("p must be in (0, 0.5], got " + p);
    }
    double target = p - 10 * Math.ulp(1.0);
    double sum = 0;
    int q = 0;
    while (true) {
      sum += count(q) * weight;
      if (sum >= target) {
        return q;
      }
      q++;
    }
  }
}
