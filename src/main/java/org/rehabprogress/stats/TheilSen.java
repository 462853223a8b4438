package org.rehabprogress.stats;

import java.util.Arrays;

/** The Theil-Sen slope: the median of the slopes between all pairs of points. */
public final class TheilSen {

  private TheilSen() {}

  /**
   * Returns the slope of {@code y} against {@code x}: the median of {@code (y[j] - y[i]) / (x[j] -
   * x[i])} over the pairs {@code i < j} with {@code x[i] != x[j]}, the mean of the two middle ones
   * when their number is even. The slope is in units of y per unit of x. O(n^2) time and memory,
   * meant for a few hundred points at most.
   *
   * @param x the abscissae, finite
   * @param y the ordinates, finite, as many as {@code x}
   * @return the slope, or NaN when {@code x} has fewer than 2 distinct values
   * @throws IllegalArgumentException when the lengths differ or a value is not finite
   */
  public static double slope(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length, got " + x.length + " and " + y.length);
    }
    Finite.check("x", x);
    Finite.check("y", y);
    int n = x.length;
    double[] slopes = new double[n * (n - 1) / 2];
    int count = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (x[i] != x[j]) {
          slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
        }
      }
    }
    Arrays.sort(slopes, 0, count);
    return Median.ofSorted(slopes, count);
  }
}
