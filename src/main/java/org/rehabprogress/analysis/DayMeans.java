package org.rehabprogress.analysis;

/**
 * Means over ranges of a daily column indexed by day offset, where NaN marks a day without a value.
 * Ranges are closed and clipped to the column, since days outside it have no value.
 */
final class DayMeans {

  private DayMeans() {}

  /** Returns the number of days with a value in {@code from .. to}. */
  static int count(double[] daily, int from, int to) {
    int count = 0;
    for (int i = Math.max(from, 0), last = Math.min(to, daily.length - 1); i <= last; i++) {
      if (!Double.isNaN(daily[i])) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the mean of the values in {@code from .. to}, or NaN when fewer than {@code minDays}
   * days have one.
   */
  static double mean(double[] daily, int from, int to, int minDays) {
    double sum = 0;
    int count = 0;
    for (int i = Math.max(from, 0), last = Math.min(to, daily.length - 1); i <= last; i++) {
      if (!Double.isNaN(daily[i])) {
        sum += daily[i];
        count++;
      }
    }
    return count >= minDays && count > 0 ? sum / count : Double.NaN;
  }

  /**
   * Returns the trailing rolling mean: at day {@code i} the mean of the days {@code i-width+1 .. i}
   * that have a value, NaN unless at least {@code minDays} of them have one.
   */
  static double[] rolling(double[] daily, int width, int minDays) {
    double[] rolling = new double[daily.length];
    for (int i = 0; i < daily.length; i++) {
      rolling[i] = mean(daily, i - width + 1, i, minDays);
    }
    return rolling;
  }
}
