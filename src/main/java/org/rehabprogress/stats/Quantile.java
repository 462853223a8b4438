package org.rehabprogress.stats;

import java.util.Arrays;

/**
 * Sample quantiles as R's {@code quantile(x, p)} computes them by default (type 7, Hyndman and Fan
 * 1996, Am. Stat. 50:361): linear interpolation between the order statistics at {@code 1 + (n - 1)
 * p}.
 */
public final class Quantile {

  private Quantile() {}

  /**
   * Returns the type-7 quantile {@code p} of {@code x}; the input is not modified.
   *
   * @param x the values, finite
   * @param p the probability, in {@code [0, 1]}
   * @return the quantile, or NaN when {@code x} is empty
   * @throws IllegalArgumentException when a value is not finite or {@code p} is out of range
   */
  public static double of(double[] x, double p) {
    Finite.check("x", x);
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, sorted.length, p);
  }

  /**
   * Returns the type-7 quantile {@code p} of {@code sorted[0 .. length-1]}, which must be finite
   * and ascending; NaN when {@code length} is 0.
   *
   * @throws IllegalArgumentException when {@code p} is out of range
   */
  public static double ofSorted(double[] sorted, int length, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], got " + p);
    }
    if (length == 0) {
      return Double.NaN;
    }
    // R: index <- 1 + (n - 1) * probs; lo <- floor(index); h <- index - lo;
    //    qs <- x[lo]; qs[h > 0] <- ((1 - h) * qs + h * x[hi])[h > 0]
    double index = (length - 1) * p;
    int lo = (int) Math.floor(index);
    double h = index - lo;
    if (h == 0) {
      return sorted[lo];
    }
    return (1 - h) * sorted[lo] + h * sorted[lo + 1];
  }
}
