package org.rehabprogress.stats;

/** The median of sorted values, with R's mean of the two middle ones. */
final class Median {

  private Median() {}

  /**
   * Returns the median of {@code sorted[0 .. length-1]}, ascending: the middle value, or the mean
   * of the two middle ones when the length is even; NaN when the length is 0.
   */
  static double ofSorted(double[] sorted, int length) {
    if (length == 0) {
      return Double.NaN;
    }
    int half = (length + 1) / 2;
    if (length % 2 == 1) {
      return sorted[half - 1];
    }
    return mean(sorted[half - 1], sorted[half]);
  }

  /**
   * Returns {@code (a + b) / 2} rounded once, as R's {@code mean(c(a, b))} (which sums in extended
   * precision): halving is exact, so the only rounding is the sum's, and it cannot overflow.
   */
  static double mean(double a, double b) {
    return a * 0.5 + b * 0.5;
  }
}
