package org.rehabprogress.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding half away from zero as a number is shown: the shortest decimal that reads back as the
 * double is rounded, not the binary value, so 2.675 gives 2.68 and 1.005 gives 1.01 (their binary
 * values lie just below the half). Thresholds compare the rounded value so that a verdict agrees
 * with the printed figures (SPEC section 3). Nothing here depends on the default locale.
 */
public final class Round {

  private Round() {}

  /**
   * Returns {@code x} rounded to {@code decimals} places, half away from zero: {@code -0.755} gives
   * {@code -0.76}. NaN and infinities are returned unchanged; a result of zero is {@code 0.0},
   * never {@code -0.0}.
   *
   * @param decimals the number of decimal places, 0 or more
   * @throws IllegalArgumentException when {@code decimals} is negative
   */
  public static double half(double x, int decimals) {
    if (!Double.isFinite(x)) {
      checkDecimals(decimals);
      return x;
    }
    return rounded(x, decimals).doubleValue();
  }

  /**
   * Returns {@code x} as shown in the CSV and JSON outputs: rounded to 2 decimals half away from
   * zero, with a dot and exactly two digits after it ({@code "2.68"}, {@code "-0.76"}, {@code
   * "3.00"}, {@code "0.00"} for any value that rounds to zero); the empty string for NaN and
   * infinities, which are missing values.
   */
  public static String format(double x) {
    return format(x, 2);
  }

  /**
   * Returns {@code x} rounded to {@code decimals} places half away from zero, with a dot and
   * exactly {@code decimals} digits after it (none and no dot when 0); the empty string for NaN and
   * infinities.
   *
   * @param decimals the number of decimal places, 0 or more
   * @throws IllegalArgumentException when {@code decimals} is negative
   */
  public static String format(double x, int decimals) {
    if (!Double.isFinite(x)) {
      checkDecimals(decimals);
      return "";
    }
    return rounded(x, decimals).toPlainString();
  }

  private static BigDecimal rounded(double x, int decimals) {
    checkDecimals(decimals);
    // valueOf goes through Double.toString: the decimal as shown, not the binary expansion.
    return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP);
  }

  private static void checkDecimals(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be 0 or more, got " + decimals);
    }
  }
}
