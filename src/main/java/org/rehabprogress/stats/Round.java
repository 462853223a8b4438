package org.rehabprogress.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Rounding half away from zero as a number is shown: the shortest decimal that reads back as the
 * double is rounded, not the binary value, so 2.675 gives 2.68 and 1.005 gives 1.01 (their binary
 * values lie just below the half). Thresholds compare the rounded value so that a verdict agrees
 * with the printed figures (SPEC section 3). Nothing here depends on the default locale.
 *
 * <p>The figures of the analysis are exact fractions handed out as exact-faithful doubles ({@link
 * Ratio#toDouble()}): rounding such a double here gives the exact value's rounding at 0 to {@link
 * #FAITHFUL_DECIMALS} decimals.
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
    checkDecimals(decimals);
    if (!Double.isFinite(x)) {
      return x;
    }
    long units = units(x, decimals);
    if (units == SLOW) {
      return rounded(x, decimals).doubleValue();
    }
    // units / 10^decimals is the decimal itself: one correctly rounded division is its double.
    return units == 0 ? 0.0 : units / (double) POWERS_OF_TEN[decimals];
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
    checkDecimals(decimals);
    if (!Double.isFinite(x)) {
      return "";
    }
    long units = units(x, decimals);
    if (units == SLOW) {
      return rounded(x, decimals).toPlainString();
    }
    long magnitude = Math.abs(units);
    long scale = POWERS_OF_TEN[decimals];
    StringBuilder text = new StringBuilder(24);
    if (units < 0) {
      text.append('-');
    }
    text.append(magnitude / scale);
    if (decimals > 0) {
      text.append('.');
      String fraction = Long.toString(magnitude % scale);
      for (int i = fraction.length(); i < decimals; i++) {
        text.append('0');
      }
      text.append(fraction);
    }
    return text.toString();
  }

  /** The most decimals at which {@link Ratio#toDouble()} makes a double round as its value. */
  static final int FAITHFUL_DECIMALS = 4;

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * Returns {@code x} rounded as shown, exactly. Not through {@code BigDecimal.valueOf}: on Java 17
   * {@code Double.toString} is not always the shortest decimal that reads back. Instead: the
   * half-way decimal {@code h} between the two candidates reads back as {@code x} exactly when it
   * is the decimal shown for {@code x} (below {@code 2^50} units an ulp is under a quarter unit, so
   * no decimal with fewer digits lies within half an ulp of a half), and then {@code x} shows a
   * half and rounds away from zero; otherwise every decimal that reads back as {@code x} lies on
   * the same side of {@code h} as {@code x}'s binary value, which decides.
   */
  private static BigDecimal rounded(double x, int decimals) {
    if (!(Math.abs(x) * Math.pow(10, decimals) < 0x1p50)) {
      // Ulps of a quarter unit or more: the few digits at these decimals are kept as
      // Double.toString shows them.
      return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP);
    }
    BigDecimal exact = new BigDecimal(Math.abs(x));
    BigInteger below = exact.movePointRight(decimals).toBigInteger();
    BigDecimal half = new BigDecimal(below).add(HALF).movePointLeft(decimals);
    boolean up = Double.parseDouble(half.toString()) == Math.abs(x) || exact.compareTo(half) > 0;
    BigInteger units = up ? below.add(BigInteger.ONE) : below;
    return new BigDecimal(x < 0 ? units.negate() : units, decimals);
  }

  /**
   * Returns true unless {@code x} is so far from a half-way point at {@code decimals} that any
   * value within two ulps of it rounds the same way as {@code x} is shown.
   */
  static boolean nearHalf(double x, int decimals) {
    return units(x, decimals) == SLOW;
  }

  /** Returns {@code x} as shown, rounded half away from zero, in units of 10^-decimals. */
  static BigInteger shownUnits(double x, int decimals) {
    long units = units(x, decimals);
    return units == SLOW ? rounded(x, decimals).unscaledValue() : BigInteger.valueOf(units);
  }

  /** The most decimals {@link #units} takes. */
  private static final int FAST_DECIMALS = 6;

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

  /** What {@link #units} returns when only the decimal route can tell. */
  private static final long SLOW = Long.MIN_VALUE;

  /**
   * Returns {@code x} rounded half away from zero to a whole number of {@code 10^-decimals} units,
   * as the decimal route ({@link #rounded}) rounds it, or {@link #SLOW} when this cannot tell.
   *
   * <p>The decimal that Double.toString shows reads back as {@code x}, so it lies within half an
   * ulp of {@code x}; scaled, it and {@code y = x * 10^decimals} differ by at most about one ulp of
   * {@code y}. While {@code |y| < 2^30} that is under 3e-7 of a unit, so when the fraction of
   * {@code |y|} is more than 1e-6 away from one half both round the same way. Everything else (a
   * value at or next to a half, such as 2.675, a large value, many decimals) takes the decimal
   * route.
   */
  private static long units(double x, int decimals) {
    if (decimals > FAST_DECIMALS) {
      return SLOW;
    }
    double y = Math.abs(x) * POWERS_OF_TEN[decimals];
    if (!(y < 0x1p30)) {
      return SLOW;
    }
    double whole = Math.floor(y);
    double fraction = y - whole;
    if (Math.abs(fraction - 0.5) <= 1e-6) {
      return SLOW;
    }
    long units = (long) whole + (fraction > 0.5 ? 1 : 0);
    return x < 0 ? -units : units;
  }

  private static void checkDecimals(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be 0 or more, got " + decimals);
    }
  }
}
