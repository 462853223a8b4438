package org.rehabprogress.stats;

/** The Theil-Sen slope: the median of the slopes between all pairs of points. */
public final class TheilSen {

  private TheilSen() {}

  /**
   * Returns the slope of {@code y} against {@code x}: the median of {@code (y[j] - y[i]) / (x[j] -
   * x[i])} over the pairs {@code i < j} with {@code x[i] != x[j]}, the mean of the two middle ones
   * when their number is even. The slope is in units of y per unit of x. O(n^2) time and memory,
   * meant for a few hundred points at most; the median is found by selection, not by sorting, as
   * the cohort computes it for every patient.
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
    if (count == 0) {
      return Double.NaN;
    }
    int upper = count / 2;
    double high = select(slopes, 0, count - 1, upper);
    if (count % 2 == 1) {
      return high;
    }
    // After selection every value left of `upper` is <= high: the lower middle is their maximum.
    double low = slopes[0];
    for (int i = 1; i < upper; i++) {
      low = Math.max(low, slopes[i]);
    }
    return (low + high) / 2;
  }

  /**
   * Returns the k-th smallest (from 0) of {@code a[from..to]}, partially ordering it around
   * position k (quickselect; the array is modified).
   */
  public static double select(double[] a, int from, int to, int k) {
    while (from < to) {
      int mid = (from + to) >>> 1;
      // median of three as the pivot keeps sorted and reversed inputs linear
      if (a[mid] < a[from]) {
        swap(a, mid, from);
      }
      if (a[to] < a[from]) {
        swap(a, to, from);
      }
      if (a[to] < a[mid]) {
        swap(a, to, mid);
      }
      double pivot = a[mid];
      int i = from;
      int j = to;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i++, j--);
        }
      }
      if (k <= j) {
        to = j;
      } else if (k >= i) {
        from = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
