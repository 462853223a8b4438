package org.rehabprogress.stats;

/**
 * The decimal an input cell held, recovered from the double the reader stored: the input columns
 * keep the double nearest the decimal as written, and for a decimal of at most 15 significant
 * digits that decimal is recovered exactly.
 *
 * <p>Why: write the decimal as {@code u * 10^-k} with {@code |u| < 10^15} and {@code k} as small as
 * possible. {@code x * 10^k} is within {@code 10^15 * 2^-52}, under 0.25, of {@code u}, so {@code
 * Math.rint} gives {@code u}; {@code u} and {@code 10^k} (k <= 22) are exact doubles, so {@code u /
 * 10^k} is the correctly rounded quotient, the double nearest the decimal: {@code x} itself. No
 * smaller {@code k} passes, since two different decimals of at most 15 significant digits never
 * share a double (10^15 < 2^53). So the smallest {@code k} that passes gives the decimal as written
 * ({@code 7.50} and {@code 7.5} are one value).
 *
 * <p>Beyond 15 significant digits (a wearable's {@code 7.583333333333333} hours, 16 digits) several
 * decimals read back as one double, and the stored double cannot say which was written. The same
 * rule then gives the decimal with the fewest digits after the point that reads back as the double:
 * the decimal as written whenever the source printed the shortest form that reads back, as
 * spreadsheets and the usual number printers do, and otherwise a decimal within half an ulp (about
 * 1e-16 of the value) of it. When no decimal with a long numerator passes (a value under about 1e-4
 * with 17 digits), the double's own binary value is taken, exactly.
 */
public final class Decimals {

  /** Powers of ten that are exact doubles and longs: 10^0 .. 10^18. */
  static final long[] POWERS = new long[19];

  /** The most digits after the point tried: 10^22 is the largest power of ten exact in a double. */
  static final int MAX_SCALE = 22;

  private static final double[] DOUBLE_POWERS = new double[MAX_SCALE + 1];

  static {
    long p = 1;
    for (int k = 0; k < POWERS.length; k++) {
      POWERS[k] = p;
      p *= 10;
    }
    double d = 1;
    for (int k = 0; k <= MAX_SCALE; k++) {
      DOUBLE_POWERS[k] = d;
      d *= 10; // exact up to 10^22
    }
  }

  private Decimals() {}

  /**
   * Returns the number of digits after the point of the decimal {@code x} holds (see above), 0 to
   * 22, or -1 when no decimal {@code u * 10^-k} with a long {@code u} reads back as {@code x} (then
   * take the double's binary value).
   *
   * @param x a finite value
   */
  public static int scale(double x) {
    double a = Math.abs(x);
    for (int k = 0; k <= MAX_SCALE; k++) {
      double y = a * DOUBLE_POWERS[k];
      if (!(y < 0x1p62)) {
        return -1;
      }
      double u = Math.rint(y);
      if (u / DOUBLE_POWERS[k] == a) {
        return k;
      }
    }
    return -1;
  }

  /** Returns {@code u} of the decimal {@code u * 10^-scale} that {@link #scale} found. */
  public static long unscaled(double x, int scale) {
    long u = (long) Math.rint(Math.abs(x) * DOUBLE_POWERS[scale]);
    return x < 0 ? -u : u;
  }

  /** Returns {@code 10^k} as a double, exact, for {@code 0 <= k <= 22}. */
  public static double doublePower(int k) {
    return DOUBLE_POWERS[k];
  }

  /** Returns {@code 10^k} for {@code 0 <= k <= 18}. */
  public static long power(int k) {
    return POWERS[k];
  }
}
