package org.rehabprogress.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.TheilSen;

/**
 * The pain trend of SPEC section 3: a Theil-Sen slope of daily pain against the day number, the
 * median of the pairwise slopes (the mean of the two middle ones when their number is even).
 *
 * <p>The slopes are ordered in doubles, then the middle one(s) are taken exactly: a slope computed
 * in doubles from the exact-faithful daily values is within {@link #tolerance} of its exact value,
 * so every slope whose double lies below the band around the selected double is exactly smaller,
 * and the band's slopes, computed and ordered exactly, give the exact middle.
 */
final class Trend {

  /** The trend covers the 84 days ending at the end day, before start too. */
  static final int DAYS = 84;

  /** The fewest days with pain the trend needs. */
  static final int MIN_DAYS = 14;

  private Trend() {}

  /**
   * Returns the Theil-Sen slope of daily pain against the day over {@code end-83 .. end}, in points
   * per week (slope per day times 7), as the exact-faithful double of the exact median; NaN with
   * fewer than 14 days with pain.
   *
   * @param pain daily pain by day offset
   * @param end the offset of the end day
   */
  static double perWeek(DayColumn pain, int end) {
    int from = Math.max(end - DAYS + 1, 0);
    int n = pain.count(from, end);
    if (n < MIN_DAYS) {
      return Double.NaN;
    }
    int[] x = new int[n];
    double[] y = new double[n];
    double largest = 0;
    int k = 0;
    for (int i = from; i <= end; i++) {
      if (pain.has(i)) {
        x[k] = i;
        y[k++] = pain.means[i];
        largest = Math.max(largest, Math.abs(pain.means[i]));
      }
    }
    int count = n * (n - 1) / 2;
    int upper = count / 2;
    long[] denominator = new long[1];
    long[] units = pain.commonUnits(from, end, denominator);
    if (units != null && denominator[0] <= MAX_FAST_UNIT) {
      return fast(units, denominator[0], x, count, upper);
    }
    double[] slopes = new double[count];
    int s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[s++] = slope(x, y, i, j);
      }
    }
    double tolerance = tolerance(largest);
    Ratio median = exactKth(pain, x, y, slopes, upper, tolerance);
    if (count % 2 == 0) {
      median = median.plus(exactKth(pain, x, y, slopes, upper - 1, tolerance)).divide(2);
    }
    return median.times(7).toDouble();
  }

  /** The finest unit of the fast route: 10^-4 of a point. */
  static final long MAX_FAST_UNIT = 10_000;

  /**
   * The median when every day's value is a whole number of units {@code u / unit} (one entry a day,
   * at most 4 digits after the point): each slope {@code du / (unit * dx)} is then the correctly
   * rounded quotient of two exact doubles, so the doubles keep the exact order, and two different
   * slopes, which differ by at least {@code 1 / (unit^2 * 83^2)} (about 1e-12), never share a
   * double: the selected double is one exact slope, whichever pair gives it.
   */
  private static double fast(long[] units, long unit, int[] x, int count, int upper) {
    int n = x.length;
    double[] slopes = new double[count];
    int s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[s++] = (double) (units[x[j]] - units[x[i]]) / (unit * (x[j] - x[i]));
      }
    }
    Ratio median = exactOf(units, unit, x, TheilSen.select(slopes, 0, count - 1, upper));
    if (count % 2 == 0) {
      // After selection every slope left of `upper` is at most the upper middle: the lower
      // middle is their maximum.
      double low = slopes[0];
      for (int i = 1; i < upper; i++) {
        low = Math.max(low, slopes[i]);
      }
      median = median.plus(exactOf(units, unit, x, low)).divide(2);
    }
    return median.times(7).toDouble();
  }

  /** Returns the exact slope of a pair whose double slope is {@code v}. */
  private static Ratio exactOf(long[] units, long unit, int[] x, double v) {
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        long du = units[x[j]] - units[x[i]];
        long dx = unit * (x[j] - x[i]);
        if ((double) du / dx == v) {
          return Ratio.of(du, dx);
        }
      }
    }
    throw new IllegalStateException("no pair has the slope " + v);
  }

  private static double slope(int[] x, double[] y, int i, int j) {
    return (y[j] - y[i]) / (x[j] - x[i]);
  }

  /**
   * Returns a bound on how far a slope computed in doubles lies from its exact value: each daily
   * value is within 1.5 ulps of its exact value (at most {@code 2^-51} of the largest), the
   * difference and the division add half an ulp each, and the day gap is at least 1; a thousand
   * times that leaves a wide margin.
   */
  static double tolerance(double largest) {
    return 1e3 * Math.ulp(Math.max(largest, 1.0)) * 4;
  }

  /** Returns the exact k-th smallest (from 0) of the pairwise slopes. */
  private static Ratio exactKth(
      DayColumn pain, int[] x, double[] y, double[] slopes, int k, double tolerance) {
    double[] work = slopes.clone();
    double v = TheilSen.select(work, 0, work.length - 1, k);
    double low = v - tolerance;
    double high = v + tolerance;
    int n = x.length;
    int below = 0;
    List<Ratio> band = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = slope(x, y, i, j);
        if (s < low) {
          below++;
        } else if (s <= high) {
          band.add(pain.mean(x[j]).minus(pain.mean(x[i])).divide(x[j] - x[i]));
        }
      }
    }
    band.sort(null);
    return band.get(k - below);
  }
}
