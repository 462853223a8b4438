package org.rehabprogress.analysis;

import org.rehabprogress.stats.Ratio;

/**
 * The choice check of SPEC 3b (reverse causation): mean pain on the day itself over the day pairs
 * whose day had a flagged activity, minus over the other pairs. Negative: flagged activities were
 * done on better days, which is what makes the raw next-day comparison look reassuring.
 *
 * @param flaggedPairs the pairs with {@code F = 1}
 * @param otherPairs the pairs with {@code F = 0}
 * @param flaggedDayPainMinusOther the difference as its exact-faithful double, NaN when either side
 *     has fewer than {@link #MIN_PAIRS} pairs
 * @param exact the difference exactly, null when none
 */
public record ChoiceCheck(
    int flaggedPairs, int otherPairs, double flaggedDayPainMinusOther, Ratio exact) {

  /** SPEC 3b: the check needs this many pairs on each side. */
  public static final int MIN_PAIRS = 5;

  /** Checks that the figure exists exactly when there are enough pairs on both sides. */
  public ChoiceCheck {
    boolean enough = flaggedPairs >= MIN_PAIRS && otherPairs >= MIN_PAIRS;
    if (enough == (exact == null) || Double.isNaN(flaggedDayPainMinusOther) != (exact == null)) {
      throw new IllegalArgumentException(
          "the choice check exists exactly when both sides have " + MIN_PAIRS + " pairs");
    }
  }
}
