package org.rehabprogress.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact rational number {@code num / den}: the figures of SPEC section 3 (means, sums, changes,
 * percentages, differences) are computed in these, from the decimals as written, never with binary
 * floating-point error. Numerator and denominator are longs while they fit (every operation checks
 * for overflow) and Commons Numbers' {@link BigFraction} when they do not, so nothing ever wraps or
 * is approximated. Immutable; the value, not the representation, decides every result: {@code 1/2}
 * and {@code 2/4} are equal, print the same and give the same double.
 *
 * <p>{@link #toDouble()} hands the value to code that reads doubles (CSV, pages, charts, the
 * statistics across patients) as the <em>exact-faithful</em> double: see there.
 */
public final class Ratio implements Comparable<Ratio> {

  /** Zero. */
  public static final Ratio ZERO = new Ratio(0, 1, null);

  /** The largest magnitude a long converts to a double without rounding. */
  private static final long EXACT_IN_DOUBLE = 1L << 53;

  // num / den with den > 0 while big is null; otherwise big holds the value.
  private final long num;
  private final long den;
  private final BigFraction big;

  private Ratio(long num, long den, BigFraction big) {
    this.num = num;
    this.den = den;
    this.big = big;
  }

  /**
   * Returns {@code num / den}.
   *
   * @throws ArithmeticException when {@code den} is 0
   */
  public static Ratio of(long num, long den) {
    if (den == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den < 0) {
      if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
        return of(BigFraction.of(BigInteger.valueOf(num), BigInteger.valueOf(den)));
      }
      num = -num;
      den = -den;
    }
    return new Ratio(num, den, null);
  }

  /** Returns the whole number {@code n}. */
  public static Ratio of(long n) {
    return new Ratio(n, 1, null);
  }

  /**
   * Returns the exact value of a decimal {@code unscaled * 10^-scale}.
   *
   * @param scale 0 or more
   */
  public static Ratio decimal(long unscaled, int scale) {
    if (scale < Decimals.POWERS.length) {
      return of(unscaled, Decimals.POWERS[scale]);
    }
    return of(new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  /** Returns the exact value of a decimal. */
  public static Ratio of(BigDecimal value) {
    return of(bigOf(value));
  }

  private static BigFraction bigOf(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale >= 0
        ? BigFraction.of(unscaled, BigInteger.TEN.pow(scale))
        : BigFraction.of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
  }

  /**
   * Returns the value an input cell held: the decimal as written, recovered from the double the
   * reader stored (see {@link Decimals#scale}); the double's own binary value when no decimal of a
   * long's range reads back as it.
   */
  public static Ratio ofInput(double x) {
    int scale = Decimals.scale(x);
    if (scale >= 0) {
      return decimal(Decimals.unscaled(x, scale), scale);
    }
    return of(new BigDecimal(x));
  }

  private static Ratio of(BigFraction f) {
    BigInteger n = f.getNumerator();
    BigInteger d = f.getDenominator();
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (n.bitLength() < 63 && d.bitLength() < 63) {
      return new Ratio(n.longValue(), d.longValue(), null);
    }
    return new Ratio(0, 1, f);
  }

  private BigFraction big() {
    return big != null ? big : BigFraction.of(num, den);
  }

  /** Returns {@code this + other}. */
  public Ratio plus(Ratio other) {
    if (big == null && other.big == null) {
      try {
        if (den == other.den) {
          return new Ratio(Math.addExact(num, other.num), den, null);
        }
        long g = gcd(den, other.den);
        long a = Math.multiplyExact(num, other.den / g);
        long b = Math.multiplyExact(other.num, den / g);
        return reduced(Math.addExact(a, b), Math.multiplyExact(den, other.den / g));
      } catch (ArithmeticException overflow) {
        // fall through to the big route
      }
    }
    return of(big().add(other.big()));
  }

  /** Returns {@code this - other}. */
  public Ratio minus(Ratio other) {
    return plus(other.negate());
  }

  /** Returns {@code -this}. */
  public Ratio negate() {
    if (big == null && num != Long.MIN_VALUE) {
      return new Ratio(-num, den, null);
    }
    return of(big().negate());
  }

  /** Returns {@code this * k}. */
  public Ratio times(long k) {
    if (big == null) {
      try {
        long g = gcd(Math.absExact(k), den);
        return new Ratio(Math.multiplyExact(num, k / g), den / g, null);
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return of(big().multiply(BigInteger.valueOf(k)));
  }

  /** Returns {@code this * other}. */
  public Ratio times(Ratio other) {
    if (big == null && other.big == null) {
      try {
        long g1 = gcd(Math.absExact(num), other.den);
        long g2 = gcd(Math.absExact(other.num), den);
        return Ratio.of(
            Math.multiplyExact(num / g1, other.num / g2),
            Math.multiplyExact(den / g2, other.den / g1));
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return of(big().multiply(other.big()));
  }

  /**
   * Returns {@code this / k}.
   *
   * @throws ArithmeticException when {@code k} is 0
   */
  public Ratio divide(long k) {
    if (k == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (big == null) {
      try {
        long g = gcd(Math.absExact(num), Math.absExact(k));
        return Ratio.of(num / g, Math.multiplyExact(den, k / g));
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return of(big().divide(BigInteger.valueOf(k)));
  }

  /**
   * Returns {@code this / other}.
   *
   * @throws ArithmeticException when {@code other} is 0
   */
  public Ratio divide(Ratio other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (other.big == null) {
      return times(Ratio.of(other.den, other.num));
    }
    return of(big().divide(other.big()));
  }

  /** Returns -1, 0 or 1 as the value is negative, zero or positive. */
  public int signum() {
    return big != null ? big.signum() : Long.signum(num);
  }

  /** Returns {@code |this|}. */
  public Ratio abs() {
    return signum() < 0 ? negate() : this;
  }

  /** Compares the values exactly. */
  @Override
  public int compareTo(Ratio other) {
    if (big == null && other.big == null) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      try {
        return Long.compare(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den));
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return big().compareTo(other.big());
  }

  /** Returns true when the other object is a Ratio of the same value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r && compareTo(r) == 0;
  }

  @Override
  public int hashCode() {
    return big().hashCode();
  }

  /**
   * Returns the value written by {@link #toString()}: an integer or {@code num/den}.
   *
   * @throws NumberFormatException when the text is neither
   */
  public static Ratio parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return of(BigFraction.of(new BigInteger(text)));
    }
    return of(
        BigFraction.of(
            new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1))));
  }

  /** Returns the value as {@code num/den} in lowest terms, e.g. {@code -399/200}. */
  @Override
  public String toString() {
    BigFraction f = big();
    return f.getDenominator().equals(BigInteger.ONE)
        ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }

  /**
   * Returns the value rounded half away from zero to {@code decimals} places, as a whole number of
   * {@code 10^-decimals} units: the exact rounding that {@link Round} must agree with.
   */
  public BigInteger roundedUnits(int decimals) {
    BigFraction f = big();
    BigInteger n = f.getNumerator().abs().multiply(BigInteger.TEN.pow(decimals));
    BigInteger d = f.getDenominator().abs();
    BigInteger[] qr = n.divideAndRemainder(d);
    BigInteger units = qr[0];
    if (qr[1].shiftLeft(1).compareTo(d) >= 0) {
      units = units.add(BigInteger.ONE);
    }
    return f.signum() < 0 ? units.negate() : units;
  }

  /** Returns the double nearest the value (ties to even), as IEEE division would. */
  public double nearest() {
    if (big == null && Math.abs(num) <= EXACT_IN_DOUBLE && den <= EXACT_IN_DOUBLE) {
      // Two exact operands: one correctly rounded division.
      return num / (double) den;
    }
    return big().doubleValue(); // Commons Numbers rounds to nearest, ties to even
  }

  /**
   * Returns the exact-faithful double of the value: the nearest double, moved one ulp toward the
   * value where rounding that double as shown ({@link Round}, half away from zero, at 0 to 4
   * decimals, the precisions the outputs print) would differ from rounding the exact value. So
   * every printed figure and every threshold applied to the double agree with exact arithmetic;
   * equal values give equal doubles, zero gives {@code 0.0}, and the map never reverses an order.
   *
   * <p>Why one ulp suffices: the double {@code d} nearest the value {@code q} disagrees only when a
   * half-way point {@code h} (such as {@code -1.995}) lies inside the interval of decimals that
   * read back as {@code d} while {@code q} lies on the other side of it or is not {@code h}; the
   * double one ulp toward {@code q} has an interval wholly on {@code q}'s side of {@code h}. The
   * half-way points of different precisions are at least {@code 5e-5} apart, far more than an ulp
   * for figures of the magnitudes here (a million and below), so fixing one precision never breaks
   * another; the result is checked all the same.
   */
  public double toDouble() {
    double d = nearest();
    return faithful(d);
  }

  /**
   * Returns the exact-faithful double of {@code num / den} ({@code den > 0}), as {@code
   * Ratio.of(num, den).toDouble()} but without making a Ratio when the nearest double is far from
   * every half-way point (the common case).
   */
  public static double toDouble(long num, long den) {
    if (Math.abs(num) <= EXACT_IN_DOUBLE && den > 0 && den <= EXACT_IN_DOUBLE) {
      double d = num / (double) den;
      boolean far = true;
      for (int decimals = 0; decimals <= Round.FAITHFUL_DECIMALS && far; decimals++) {
        far = !Round.nearHalf(d, decimals);
      }
      if (far) {
        return d == 0 ? 0.0 : d;
      }
    }
    return of(num, den).toDouble();
  }

  private double faithful(double d) {
    for (int pass = 0; pass < 3; pass++) {
      int wrong = 0;
      for (int decimals = 0; decimals <= Round.FAITHFUL_DECIMALS && wrong == 0; decimals++) {
        wrong = disagreement(d, decimals);
      }
      if (wrong == 0) {
        return d == 0 ? 0.0 : d;
      }
      d = wrong > 0 ? Math.nextDown(d) : Math.nextUp(d);
    }
    throw new IllegalStateException("no faithful double for " + this);
  }

  /**
   * Returns 0 when {@code d} rounded as shown agrees with the exact value at {@code decimals}, else
   * the sign of (shown - exact).
   */
  private int disagreement(double d, int decimals) {
    if (!Round.nearHalf(d, decimals)) {
      return 0; // d is within an ulp of the value, far from a half: both round the same way
    }
    if (big == null && decimals < Decimals.POWERS.length) {
      try {
        // |q| * 10^k = k0 + r / den. At or above the half, the exact value rounds away from
        // zero, and so does d (its shown decimal is the half or beyond it). Below the half, d
        // rounds away only when the half h = (2 k0 + 1) / (2 * 10^k) reads back as d.
        long scaled = Math.multiplyExact(Math.absExact(num), Decimals.POWERS[decimals]);
        long whole = scaled / den;
        long rest = scaled - whole * den;
        if (rest >= den - rest) {
          return 0;
        }
        long twice = Math.addExact(Math.multiplyExact(whole, 2), 1);
        if (twice <= EXACT_IN_DOUBLE) {
          double half = twice / (2.0 * Decimals.POWERS[decimals]);
          return half == Math.abs(d) ? Long.signum(num) : 0;
        }
      } catch (ArithmeticException overflow) {
        // below
      }
    }
    BigInteger exact = roundedUnits(decimals);
    BigInteger shown = Round.shownUnits(d, decimals);
    return shown.compareTo(exact);
  }

  /**
   * Returns the exact-faithful double of the square root of this non-negative value (a standard
   * deviation from an exact variance): the nearest double of {@code Math.sqrt}, moved toward the
   * true root where its rounding as shown at 0 to 4 decimals would differ from the root's.
   *
   * @throws IllegalArgumentException when the value is negative
   */
  public double sqrtToDouble() {
    if (signum() < 0) {
      throw new IllegalArgumentException("square root of a negative value " + this);
    }
    double d = Math.sqrt(nearest());
    for (int pass = 0; pass < 3; pass++) {
      int wrong = 0;
      for (int decimals = 0; decimals <= Round.FAITHFUL_DECIMALS && wrong == 0; decimals++) {
        if (Round.nearHalf(d, decimals)) {
          wrong = Round.shownUnits(d, decimals).compareTo(sqrtUnits(decimals));
        }
      }
      if (wrong == 0) {
        return d;
      }
      d = wrong > 0 ? Math.nextDown(d) : Math.nextUp(d);
    }
    throw new IllegalStateException("no faithful square root of " + this);
  }

  /** Returns sqrt(this) rounded half away from zero to {@code decimals} places, in units. */
  private BigInteger sqrtUnits(int decimals) {
    // r = round(sqrt(q) * 10^k) is the r with (r - 1/2)^2 <= q * 10^2k < (r + 1/2)^2, that is
    // (2r - 1)^2 <= 4 q 10^2k < (2r + 1)^2: r = floor((isqrt(4 q 10^2k) + 1) / 2), checked exactly.
    BigFraction f = big();
    BigInteger n = f.getNumerator().multiply(BigInteger.TEN.pow(2 * decimals)).shiftLeft(2);
    BigInteger d = f.getDenominator();
    BigInteger s = n.divide(d).sqrt(); // floor(sqrt(floor(4 q 10^2k)))
    // floor(sqrt(x)) of a rational equals floor(sqrt(floor(x))); then 2r - 1 <= sqrt(x) < 2r + 1.
    BigInteger r = s.add(BigInteger.ONE).shiftRight(1);
    return r;
  }

  /** Returns the value of a long pair, reduced when large so later operations stay on longs. */
  private static Ratio reduced(long num, long den) {
    if (Math.abs(num) > EXACT_IN_DOUBLE || den > EXACT_IN_DOUBLE) {
      long g = gcd(Math.absExact(num), den);
      if (g > 1) {
        return Ratio.of(num / g, den / g);
      }
    }
    return Ratio.of(num, den);
  }

  /**
   * Returns the greatest common divisor of two non-negative longs (the other when one is 0, 1 when
   * both are): binary GCD, shifts and subtractions rather than divisions.
   */
  public static long gcd(long a, long b) {
    if (a == 0 || b == 0) {
      return Math.max(1, Math.max(a, b));
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = a;
        a = b;
        b = t;
      }
      b -= a;
    }
    return a << shift;
  }
}
