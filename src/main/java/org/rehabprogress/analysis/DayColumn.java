package org.rehabprogress.analysis;

import java.util.Arrays;
import org.rehabprogress.stats.Decimals;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.RatioSum;

/**
 * One measure's entries per day, summed exactly: each entry is the decimal as written ({@link
 * Decimals}), each day's sum a long count of {@code 10^-scale} units at one scale for the whole
 * column (the most digits after the point of any entry), so that a window's sum is a sum of longs.
 * A day's value is its mean, {@code sum / entries}. An overflow, or an entry no long decimal holds,
 * moves the column to exact fractions ({@link Ratio}); nothing is ever approximated.
 *
 * <p>{@link #means} holds each day's mean as its exact-faithful double (NaN on a day without an
 * entry) for charts and for the statistics that work in doubles, filled by {@link #finish()}.
 */
final class DayColumn {

  final double[] means;
  private final long[] units;
  private final int[] entries;
  private int scale;
  private long unit = 1;
  private Ratio[] big; // each day's exact sum, once the column has left long arithmetic

  DayColumn(int length) {
    this.units = new long[length];
    this.entries = new int[length];
    this.means = new double[length];
  }

  /** Adds an entry of the value {@code x} (finite, as the reader stored it) to day {@code i}. */
  void add(int i, double x) {
    entries[i]++;
    if (big == null) {
      // Most entries have no more digits after the point than the column's scale: then one
      // product gives the units, and a quotient that reads back as x with under 15 digits is the
      // decimal as written (see Decimals).
      double whole = Math.rint(x * Decimals.doublePower(scale));
      if (Math.abs(whole) < 1e15 && whole / Decimals.doublePower(scale) == x) {
        long sum = units[i] + (long) whole;
        if (((units[i] ^ sum) & ((long) whole ^ sum)) >= 0) {
          units[i] = sum;
          return;
        }
      }
      int k = Decimals.scale(x);
      if (k >= 0 && k <= 18) {
        try {
          long u = Decimals.unscaled(x, k);
          if (k > scale) {
            rescale(k);
          } else if (k < scale) {
            u = Math.multiplyExact(u, Decimals.power(scale - k));
          }
          units[i] = Math.addExact(units[i], u);
          return;
        } catch (ArithmeticException overflow) {
          // below: the entry is added to the exact fractions instead
        }
      }
      toFractions(i);
    }
    Ratio value = Ratio.ofInput(x);
    big[i] = big[i] == null ? value : big[i].plus(value);
  }

  /**
   * Moves every day's sum to a finer scale, or throws ArithmeticException, leaving the column as it
   * was, when one would overflow.
   */
  private void rescale(int k) {
    long factor = Decimals.power(k - scale);
    long largest = 0;
    for (long u : units) {
      largest = Math.max(largest, Math.absExact(u));
    }
    Math.multiplyExact(largest, factor); // throws before anything changes
    for (int i = 0; i < units.length; i++) {
      units[i] *= factor;
    }
    scale = k;
    unit = Decimals.power(k);
  }

  /** Leaves long arithmetic; the entry being added to day {@code current} is not yet counted. */
  private void toFractions(int current) {
    big = new Ratio[units.length];
    for (int i = 0; i < units.length; i++) {
      if (entries[i] > (i == current ? 1 : 0)) {
        big[i] = Ratio.decimal(units[i], scale);
      }
    }
  }

  /** Computes {@link #means}; call once after the last {@link #add}. */
  void finish() {
    for (int i = 0; i < means.length; i++) {
      int n = entries[i];
      if (n == 0) {
        means[i] = Double.NaN;
      } else if (big == null && n == 1 && Math.abs(units[i]) < 1_000_000_000_000_000L) {
        // A decimal of at most 15 digits: its nearest double shows as itself, so it is faithful.
        means[i] = units[i] / (double) unit;
      } else if (big == null && unit <= Long.MAX_VALUE / n) {
        means[i] = Ratio.toDouble(units[i], unit * n);
      } else {
        means[i] = mean(i).toDouble();
      }
    }
  }

  /** Returns the number of days. */
  int length() {
    return means.length;
  }

  /** Returns whether day {@code i} has an entry. */
  boolean has(int i) {
    return entries[i] > 0;
  }

  /** Returns day {@code i}'s mean, exactly; the day must have an entry. */
  Ratio mean(int i) {
    if (big != null) {
      return big[i].divide(entries[i]);
    }
    return Ratio.of(units[i], unit).divide(entries[i]);
  }

  /** Returns day {@code i}'s sum of entries, exactly (zero on a day without). */
  Ratio sum(int i) {
    if (big != null) {
      return big[i] == null ? Ratio.ZERO : big[i];
    }
    return Ratio.decimal(units[i], scale);
  }

  /**
   * Returns day {@code i}'s sum of entries as its exact-faithful double (0 on a day without), with
   * no fraction made in the common case.
   */
  double sumToDouble(int i) {
    if (big != null) {
      return big[i] == null ? 0.0 : big[i].toDouble();
    }
    return Ratio.toDouble(units[i], unit);
  }

  /** Adds day {@code i}'s mean to a running sum; the day must have an entry. */
  void addMean(RatioSum sum, int i) {
    if (big == null) {
      long den = unit * entries[i];
      // unit <= 10^18 and a day holds few entries: check the product rather than assume.
      if (den / entries[i] == unit && den > 0) {
        sum.add(units[i], den);
        return;
      }
    }
    sum.add(mean(i));
  }

  /** Returns the number of days with an entry in {@code from .. to}, clipped to the column. */
  int count(int from, int to) {
    int n = 0;
    for (int i = Math.max(from, 0), last = Math.min(to, length() - 1); i <= last; i++) {
      if (entries[i] > 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the mean of the daily means of the days in {@code from .. to} (clipped) that have an
   * entry, exactly; null when fewer than {@code minDays} (or no) days have one.
   */
  Ratio mean(int from, int to, int minDays) {
    int first = Math.max(from, 0);
    int last = Math.min(to, length() - 1);
    int n = 0;
    for (int i = first; i <= last; i++) {
      if (entries[i] > 0) {
        n++;
      }
    }
    if (n < minDays || n == 0) {
      return null;
    }
    int[] days = new int[n];
    n = 0;
    for (int i = first; i <= last; i++) {
      if (entries[i] > 0) {
        days[n++] = i;
      }
    }
    return meanOf(days, n);
  }

  /**
   * Returns the common multiple of the days' entry counts, so that each day's mean is a whole
   * number of {@code 1 / (multiple * unit)}; 0 when it (or that unit) would be too large for the
   * long route, or the column has left long arithmetic.
   */
  private long commonEntries(int[] days, int count) {
    if (big != null) {
      return 0;
    }
    long multiple = 1;
    for (int k = 0; k < count; k++) {
      int e = entries[days[k]];
      if (multiple % e != 0) {
        multiple = multiple / Ratio.gcd(multiple, e) * e;
        if (multiple > MAX_COMMON) {
          return 0;
        }
      }
    }
    return multiple <= Long.MAX_VALUE / unit / Math.max(count, 1) ? multiple : 0;
  }

  /** The largest common multiple of entry counts the long route takes (1 .. 10 entries: 2520). */
  private static final long MAX_COMMON = 1 << 20;

  /**
   * Returns day {@code i}'s mean in units of {@code 1 / (multiple * unit)}; may throw on overflow.
   */
  private long scaled(int i, long multiple) {
    return Math.multiplyExact(units[i], multiple / entries[i]);
  }

  /** Returns the mean of the given days' means, exactly; every day must have an entry. */
  Ratio meanOf(int[] days, int count) {
    long multiple = commonEntries(days, count);
    if (multiple > 0) {
      try {
        long sum = 0;
        for (int k = 0; k < count; k++) {
          sum = Math.addExact(sum, scaled(days[k], multiple));
        }
        return Ratio.of(sum, Math.multiplyExact(multiple * unit, count));
      } catch (ArithmeticException overflow) {
        // below
      }
    }
    RatioSum sum = new RatioSum();
    for (int k = 0; k < count; k++) {
      addMean(sum, days[k]);
    }
    return sum.ratio().divide(count);
  }

  /**
   * Returns the sample variance (n - 1) of the given days' means about their exact mean, exactly;
   * {@code count >= 2}, every day with an entry.
   */
  Ratio variance(int[] days, int count, Ratio mean) {
    long multiple = commonEntries(days, count);
    if (multiple > 0) {
      // With v = w / D (w whole, D = multiple * unit), the sum of squares about the mean is
      // (n * sum(w^2) - sum(w)^2) / (n * D^2): longs while they fit.
      try {
        long sum = 0;
        long squares = 0;
        for (int k = 0; k < count; k++) {
          long w = scaled(days[k], multiple);
          sum = Math.addExact(sum, w);
          squares = Math.addExact(squares, Math.multiplyExact(w, w));
        }
        long n = count;
        long d = multiple * unit;
        long numerator =
            Math.subtractExact(Math.multiplyExact(n, squares), Math.multiplyExact(sum, sum));
        return Ratio.of(numerator, n * (n - 1)).divide(Ratio.of(Math.multiplyExact(d, d)));
      } catch (ArithmeticException overflow) {
        // below
      }
    }
    Ratio squares = Ratio.ZERO;
    for (int k = 0; k < count; k++) {
      Ratio d = mean(days[k]).minus(mean);
      squares = squares.plus(d.times(d));
    }
    return squares.divide(count - 1L);
  }

  /**
   * Returns the days' means as whole numbers {@code w / denominator} with one common denominator
   * over {@code from .. to} (clipped), or null when the long route cannot hold them; {@code out[0]}
   * receives the denominator. Days without an entry hold 0.
   */
  long[] commonUnits(int from, int to, long[] out) {
    int first = Math.max(from, 0);
    int last = Math.min(to, length() - 1);
    int[] days = new int[Math.max(0, last - first + 1)];
    int n = 0;
    for (int i = first; i <= last; i++) {
      if (entries[i] > 0) {
        days[n++] = i;
      }
    }
    long multiple = commonEntries(days, n);
    if (multiple == 0 || multiple > Long.MAX_VALUE / unit) {
      return null;
    }
    long[] w = new long[length()];
    try {
      for (int k = 0; k < n; k++) {
        w[days[k]] = scaled(days[k], multiple);
      }
    } catch (ArithmeticException overflow) {
      return null;
    }
    out[0] = multiple * unit;
    return w;
  }

  /** Returns the sum of the days' sums over {@code from .. to} (clipped), exactly. */
  Ratio total(int from, int to) {
    int first = Math.max(from, 0);
    int last = Math.min(to, length() - 1);
    if (big == null) {
      long total = 0;
      boolean fits = true;
      for (int i = first; i <= last && fits; i++) {
        long s = total + units[i];
        fits = ((total ^ s) & (units[i] ^ s)) >= 0;
        total = s;
      }
      if (fits) {
        return Ratio.decimal(total, scale);
      }
    }
    Ratio total = Ratio.ZERO;
    for (int i = first; i <= last; i++) {
      total = total.plus(sum(i));
    }
    return total;
  }

  @Override
  public String toString() {
    return "DayColumn" + Arrays.toString(means);
  }
}
