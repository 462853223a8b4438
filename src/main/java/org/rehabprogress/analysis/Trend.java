package org.rehabprogress.analysis;

import org.rehabprogress.stats.TheilSen;

/** The pain trend of SPEC section 3: a Theil-Sen slope of daily pain against the day number. */
final class Trend {

  /** The trend covers the 84 days ending at the end day, before start too. */
  static final int DAYS = 84;

  /** The fewest days with pain the trend needs. */
  static final int MIN_DAYS = 14;

  private Trend() {}

  /**
   * Returns the Theil-Sen slope of daily pain against the day over {@code end-83 .. end}, in points
   * per week (slope per day times 7); NaN with fewer than 14 days with pain.
   *
   * @param pain daily pain by day offset, NaN on a day without
   * @param end the offset of the end day
   */
  static double perWeek(double[] pain, int end) {
    int from = end - DAYS + 1;
    int n = DayMeans.count(pain, from, end);
    if (n < MIN_DAYS) {
      return Double.NaN;
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = Math.max(from, 0); i <= end; i++) {
      if (!Double.isNaN(pain[i])) {
        x[k] = i;
        y[k++] = pain[i];
      }
    }
    return TheilSen.slope(x, y) * 7;
  }
}
