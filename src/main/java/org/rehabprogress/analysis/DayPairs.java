package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One patient's day pairs (SPEC 3b), the panel the adjusted next-day models are fitted on: the days
 * {@code d} from start to the day before the end with a daily pain value on {@code d} and on {@code
 * d + 1}, in day order, one entry per pair in each array. Pain values are the exact daily means as
 * exact-faithful doubles; minutes are the day's exact sums per class, as exact-faithful doubles (0
 * on a day without, and an entry without a duration adds none). Arrays are shared, not copied: do
 * not modify them.
 *
 * <p>This is the table {@code day_pairs.csv} and the researcher tables of SPEC 11 hold, one row per
 * pair; R refits the class model on it with {@code lm(y ~ F + L + O + p)}.
 *
 * @param patientId the patient
 * @param start the patient's start, day 0
 * @param day the day {@code d} of each pair, in days since start
 * @param pain {@code p}: daily pain on {@code d}
 * @param nextDayPain {@code y}: daily pain on {@code d + 1}
 * @param flagged {@code F}: {@code d} had a FLAGGED entry
 * @param lowImpact {@code L}: {@code d} had a LOW_IMPACT entry
 * @param other {@code O}: {@code d} had a NEUTRAL or UNCLASSIFIED entry
 * @param lowImpactMinutes low-impact minutes on {@code d}
 * @param flaggedMinutes flagged minutes on {@code d}
 * @param otherMinutes neutral and unclassified minutes on {@code d}
 */
public record DayPairs(
    String patientId,
    LocalDate start,
    int[] day,
    double[] pain,
    double[] nextDayPain,
    boolean[] flagged,
    boolean[] lowImpact,
    boolean[] other,
    double[] lowImpactMinutes,
    double[] flaggedMinutes,
    double[] otherMinutes) {

  /** Checks for nulls and that every column has one value per pair. */
  public DayPairs {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(start, "start");
    int n = day.length;
    if (pain.length != n
        || nextDayPain.length != n
        || flagged.length != n
        || lowImpact.length != n
        || other.length != n
        || lowImpactMinutes.length != n
        || flaggedMinutes.length != n
        || otherMinutes.length != n) {
      throw new IllegalArgumentException("the day-pair columns differ in length");
    }
  }

  /** Returns the number of pairs. */
  public int size() {
    return day.length;
  }

  /** Returns the calendar day {@code d} of pair {@code i}. */
  public LocalDate date(int i) {
    return start.plusDays(day[i]);
  }
}
