package org.rehabprogress.analysis;

/**
 * Pain on the day after a group of days (an exposure class or an activity): the next days' daily
 * pain values, and their mean and spread when there are enough of them.
 *
 * @param values the next-day daily pain values, one per day of the group, in day order; shared, do
 *     not modify
 * @param mean their mean, NaN when fewer than {@link #MIN_DAYS} days
 * @param sd their sample standard deviation (n - 1), NaN when the mean is none
 */
public record NextDayPain(double[] values, double mean, double sd) {

  /** The fewest days a next-day mean needs (SPEC section 3). */
  public static final int MIN_DAYS = 3;

  /** Returns the figures of a group's next-day pain values; the array is kept, not copied. */
  public static NextDayPain of(double[] values) {
    if (values.length < MIN_DAYS) {
      return new NextDayPain(values, Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new NextDayPain(values, mean, Math.sqrt(squares / (values.length - 1)));
  }

  /** Returns the number of days in the group. */
  public int days() {
    return values.length;
  }
}
