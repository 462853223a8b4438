package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A patient's day-by-day figures for charts, from {@code first} (the earlier of start and the first
 * logged day) to the end day, each array indexed by the day's offset from {@code first}. Arrays are
 * shared, not copied: do not modify them.
 *
 * <p>A rolling mean at day {@code d} is the mean of the daily values of the days {@code d-6 .. d}
 * that have one, and NaN unless at least {@link #ROLLING_MIN_DAYS} of those 7 days have a value, so
 * that a single entry after a gap does not pass for a week's level; it is NaN after the last day
 * with a value, so the line stops at the last entry. Rolling means are computed on each call, since
 * only charts need them.
 *
 * @param first the day of offset 0
 * @param pain daily mean pain, NaN on a day without
 * @param anxiety daily mean anxiety (0-10), NaN on a day without
 * @param sleepHours daily mean sleep hours, NaN on a day without
 * @param exposure each day's exposure: REST on a logged day without activity entries, null on a day
 *     with no entry of any kind
 * @param lowImpactMinutes the day's low-impact minutes
 * @param flaggedMinutes the day's flagged minutes
 * @param neutralMinutes the day's neutral and unclassified minutes
 * @param baseline the baseline window (start .. start+13, cut at the end day)
 * @param current the current window (end-13 .. end), or null when too early to compare
 */
public record DailySeries(
    LocalDate first,
    double[] pain,
    double[] anxiety,
    double[] sleepHours,
    Exposure[] exposure,
    double[] lowImpactMinutes,
    double[] flaggedMinutes,
    double[] neutralMinutes,
    Window baseline,
    Window current) {

  /** The width of the rolling mean, in days. */
  public static final int ROLLING_DAYS = 7;

  /** The fewest days with a value a rolling mean needs, of its 7. */
  public static final int ROLLING_MIN_DAYS = 4;

  /** Checks that every column has one value per day. */
  public DailySeries {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(baseline, "baseline");
    int n = pain.length;
    if (anxiety.length != n
        || sleepHours.length != n
        || exposure.length != n
        || lowImpactMinutes.length != n
        || flaggedMinutes.length != n
        || neutralMinutes.length != n) {
      throw new IllegalArgumentException("columns differ in length");
    }
  }

  /** Returns the trailing 7-day rolling mean of daily pain, a new array. */
  public double[] painMean7() {
    return untilLastValue(DayMeans.rolling(pain, ROLLING_DAYS, ROLLING_MIN_DAYS), pain);
  }

  /** Returns the trailing 7-day rolling mean of daily anxiety, a new array. */
  public double[] anxietyMean7() {
    return untilLastValue(DayMeans.rolling(anxiety, ROLLING_DAYS, ROLLING_MIN_DAYS), anxiety);
  }

  /** Returns the trailing 7-day rolling mean of daily sleep hours, a new array. */
  public double[] sleepHoursMean7() {
    return untilLastValue(DayMeans.rolling(sleepHours, ROLLING_DAYS, ROLLING_MIN_DAYS), sleepHours);
  }

  /**
   * Cuts a rolling mean at the last day with a daily value: a trailing mean would otherwise carry a
   * lost patient's level on for up to 6 days past the last entry (SPEC section 4).
   */
  private static double[] untilLastValue(double[] rolling, double[] daily) {
    int last = daily.length - 1;
    while (last >= 0 && Double.isNaN(daily[last])) {
      last--;
    }
    Arrays.fill(rolling, last + 1, rolling.length, Double.NaN);
    return rolling;
  }

  /** Returns the number of days. */
  public int length() {
    return pain.length;
  }

  /** Returns the day at an offset. */
  public LocalDate day(int offset) {
    return first.plusDays(offset);
  }

  /** Returns the last day, the end day of the analysis. */
  public LocalDate last() {
    return first.plusDays(pain.length - 1L);
  }
}
