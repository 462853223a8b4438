package org.rehabprogress.analysis;

import org.rehabprogress.stats.Ratio;

/**
 * Pain on the day after a group of days (an exposure class or an activity): the next days' daily
 * pain values, and their mean and spread when there are enough of them. The mean and spread are
 * computed exactly from the decimals as written and held as exact-faithful doubles ({@link
 * Ratio#toDouble()}); a difference of two means is taken exactly with {@link #minus}.
 *
 * @param values the next-day daily pain values, one per day of the group, in day order; shared, do
 *     not modify
 * @param mean their mean, NaN when fewer than {@link #MIN_DAYS} days
 * @param sd their sample standard deviation (n - 1), NaN when the mean is none (or the analysis was
 *     asked to leave the spreads out, as the cohort does)
 * @param exactMean the mean exactly, null when none
 */
public record NextDayPain(double[] values, double mean, double sd, Ratio exactMean) {

  /** The fewest days a next-day mean needs (SPEC section 3). */
  public static final int MIN_DAYS = 3;

  /**
   * Returns the figures of a group: the days at {@code days[0 .. count)} (indices into the pain
   * column, each with a value); the spread is NaN unless {@code spread}.
   */
  static NextDayPain of(DayColumn pain, int[] days, int count, boolean spread) {
    double[] values = new double[count];
    for (int k = 0; k < count; k++) {
      values[k] = pain.means[days[k]];
    }
    if (count < MIN_DAYS) {
      return new NextDayPain(values, Double.NaN, Double.NaN, null);
    }
    Ratio mean = pain.meanOf(days, count);
    double sd = spread ? pain.variance(days, count, mean).sqrtToDouble() : Double.NaN;
    return new NextDayPain(values, mean.toDouble(), sd, mean);
  }

  /** Returns the number of days in the group. */
  public int days() {
    return values.length;
  }

  /**
   * Returns {@code this.mean - other.mean}, computed exactly, as its exact-faithful double; NaN
   * when either mean is none.
   */
  public double minus(NextDayPain other) {
    if (exactMean == null || other.exactMean == null) {
      return Double.NaN;
    }
    return exactMean.minus(other.exactMean).toDouble();
  }
}
