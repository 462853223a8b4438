package org.rehabprogress.stats;

/**
 * An exact running sum of fractions, kept in long arithmetic while it fits: adding {@code n / d}
 * with the sum's own denominator is one checked long addition (the common case: daily values of one
 * entry at one decimal scale), any other denominator a checked common-denominator step, and an
 * overflow moves the sum to {@link Ratio} (which moves on to big integers). Not thread-safe.
 */
public final class RatioSum {

  private long num;
  private long den = 1;
  private Ratio big;
  private int terms;

  /** Adds {@code n / d}, {@code d > 0}. */
  public void add(long n, long d) {
    terms++;
    if (big == null) {
      if (d == den) {
        long s = num + n;
        // Overflow only when both operands have the sign the result lacks.
        if (((num ^ s) & (n ^ s)) >= 0) {
          num = s;
          return;
        }
      } else {
        try {
          long g = Ratio.gcd(den, d);
          long a = Math.multiplyExact(num, d / g);
          long b = Math.multiplyExact(n, den / g);
          long s = Math.addExact(a, b);
          den = Math.multiplyExact(den, d / g);
          num = s;
          return;
        } catch (ArithmeticException overflow) {
          // below
        }
      }
      big = Ratio.of(num, den);
    }
    big = big.plus(Ratio.of(n, d));
  }

  /** Adds a fraction. */
  public void add(Ratio r) {
    terms++;
    big = ratio().plus(r);
  }

  /** Returns the number of fractions added. */
  public int terms() {
    return terms;
  }

  /** Returns the sum. */
  public Ratio ratio() {
    return big != null ? big : Ratio.of(num, den);
  }
}
