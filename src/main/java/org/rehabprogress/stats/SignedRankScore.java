package org.rehabprogress.stats;

/**
 * R's standardised signed-rank statistic of {@code x - d} as a function of the shift {@code d} (the
 * closure {@code W} inside {@code wilcox.test.default}): values equal to {@code d} dropped, the
 * others ranked by absolute value with ties averaged, the positive ranks summed, centred, and
 * divided by the tie-corrected standard deviation, with the continuity correction when asked.
 *
 * <p>The values are sorted once; each evaluation then merges the two sides of {@code d} (the
 * absolute differences below {@code d}, read downwards, and above it, read upwards, are each
 * already in order, as floating-point subtraction is monotone), so it costs O(n) time and O(1)
 * memory and never sorts: a million values take a few milliseconds per evaluation.
 */
final class SignedRankScore {

  private final double[] sorted;

  /**
   * Prepares the score for values that are finite and sorted ascending.
   *
   * @param sorted the values, ascending; not copied and not modified
   */
  SignedRankScore(double[] sorted) {
    this.sorted = sorted;
  }

  /**
   * The ranks of {@code |x - d|} summarised.
   *
   * @param nonzero the number of values other than {@code d}
   * @param statistic V: the sum of the ranks of the positive differences (ties averaged)
   * @param tieSum the sum over groups of tied absolute differences of {@code t^3 - t}
   */
  record Ranks(int nonzero, double statistic, double tieSum) {}

  /**
   * Returns {@code (V(d) - nx(nx+1)/4 - correction) / sigma}, where {@code V(d)} is the sum of the
   * ranks of the positive values of {@code x - d} and {@code nx} their number after dropping zeros;
   * the correction is {@code sign(z) / 2} when {@code correct}, else 0. Like R, NaN or infinite
   * when sigma is 0 (every value equals {@code d}).
   */
  double at(double d, boolean correct) {
    Ranks ranks = rank(d);
    double nx = ranks.nonzero();
    // R's expressions in R's order, so that each value matches R's to the bit.
    double z = ranks.statistic() - nx * (nx + 1) / 4;
    double sigma = Math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - ranks.tieSum() / 48);
    double correction = correct ? Math.signum(z) * 0.5 : 0;
    return (z - correction) / sigma;
  }

  /** Returns the ranks of the absolute values of {@code x - d}, zeros dropped. */
  Ranks rank(double d) {
    double[] x = sorted;
    int n = x.length;
    int below = firstNotBelow(d);
    int above = below;
    while (above < n && x[above] == d) {
      above++;
    }
    int i = below - 1;
    int j = above;
    long nextRank = 1;
    long twiceRankSum = 0;
    double tieSum = 0;
    while (i >= 0 || j < n) {
      double lowHead = i >= 0 ? d - x[i] : Double.POSITIVE_INFINITY;
      double highHead = j < n ? x[j] - d : Double.POSITIVE_INFINITY;
      double v = Math.min(lowHead, highHead);
      int negatives = 0;
      while (i >= 0 && d - x[i] == v) {
        negatives++;
        i--;
      }
      int positives = 0;
      while (j < n && x[j] - d == v) {
        positives++;
        j++;
      }
      long t = negatives + positives;
      // The average rank of the group is nextRank + (t - 1) / 2; twice it is an integer.
      twiceRankSum += positives * (2 * nextRank + t - 1);
      if (t > 1) {
        tieSum += (double) t * t * t - t;
      }
      nextRank += t;
    }
    return new Ranks(n - (above - below), twiceRankSum / 2.0, tieSum);
  }

  /** Returns the index of the first value not below {@code d} (n when there is none). */
  private int firstNotBelow(double d) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < d) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
