package org.rehabprogress.stats;

import java.util.Arrays;

/**
 * The Hodges-Lehmann one-sample estimate: the median of the Walsh averages {@code (x[i] + x[j]) /
 * 2}, {@code i <= j} (Hodges and Lehmann 1963, Ann. Math. Statist. 34:598), found without building
 * the n(n+1)/2 averages.
 */
public final class HodgesLehmann {

  private HodgesLehmann() {}

  /**
   * Returns the median of the Walsh averages of {@code x}, the mean of the two middle ones when
   * their number is even; equal to the median of all pairwise sums sorted and halved, as R computes
   * the {@code (pseudo)median} of {@code wilcox.test} in its exact regime. O(n log n) time and O(n)
   * memory: the k-th smallest pairwise sum is pinned by bisection over the ordered doubles (at most
   * 64 steps), counting the sums at or below a bound in one two-pointer pass over sorted {@code x}.
   * The input is not modified.
   *
   * @param x the values, finite
   * @return the estimate, or NaN when {@code x} is empty
   * @throws IllegalArgumentException when a value is not finite
   */
  public static double estimate(double[] x) {
    Finite.check("x", x);
    if (x.length == 0) {
      return Double.NaN;
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    long n = sorted.length;
    long count = n * (n + 1) / 2;
    long half = (count + 1) / 2;
    double middle = kthSum(sorted, half) / 2;
    if (count % 2 == 1) {
      return middle;
    }
    return Median.mean(middle, kthSum(sorted, half + 1) / 2);
  }

  /**
   * Returns the k-th smallest (from 1) of the sums {@code sorted[i] + sorted[j]}, {@code i <= j}.
   */
  static double kthSum(double[] sorted, long k) {
    // Invariant: fewer than k sums are <= value(low), at least k are <= value(high).
    long low = key(2 * sorted[0]) - 1;
    long high = key(2 * sorted[sorted.length - 1]);
    while (low < high - 1) { // not high - low > 1: the difference may overflow
      long mid = (low >> 1) + (high >> 1) + (low & high & 1);
      if (countAtMost(sorted, value(mid)) >= k) {
        high = mid;
      } else {
        low = mid;
      }
    }
    // The smallest double with at least k sums at or below it is itself one of the sums.
    return value(high);
  }

  /**
   * Returns the number of sums {@code sorted[i] + sorted[j]}, {@code i <= j}, at most {@code t}.
   */
  static long countAtMost(double[] sorted, double t) {
    long count = 0;
    int j = sorted.length - 1;
    for (int i = 0; i < sorted.length; i++) {
      // Rounded addition is monotone, so the last j with a sum <= t only moves down as i grows.
      while (j >= i && sorted[i] + sorted[j] > t) {
        j--;
      }
      if (j < i) {
        break;
      }
      count += j - i + 1;
    }
    return count;
  }

  /** Maps a double to a long with the same order (negative zero just below zero). */
  private static long key(double v) {
    long bits = Double.doubleToRawLongBits(v);
    return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
  }

  private static double value(long key) {
    return Double.longBitsToDouble(key >= 0 ? key : key ^ Long.MAX_VALUE);
  }
}
