package org.rehabprogress.cohort;

import java.util.Arrays;
import java.util.Comparator;
import org.rehabprogress.stats.Ratio;

/**
 * Zeros and ties across patients as exact arithmetic decides them (SPEC section 3), before a
 * signed-rank test ranks the figures in doubles. Each per-patient figure is the exact-faithful
 * double of an exact value, so an exact zero is {@code 0.0} and equal values are equal doubles; but
 * two different exact values closer than an ulp or two (possible in principle with long logs and
 * several entries a day, whose means have large denominators) could share a double and pass for a
 * tie. Here such a pair is told apart: the larger magnitude moves up to the next double.
 */
final class ExactTies {

  private ExactTies() {}

  /**
   * Returns the figures as doubles whose zeros and whose ties in absolute value are exactly those
   * of the exact values: {@code x} itself, except where two different exact magnitudes share a
   * double magnitude, where the larger moves up by an ulp (and any after it as needed, keeping the
   * order). The arguments are not modified.
   *
   * @param x the exact-faithful doubles of the figures
   * @param exact the exact figures, one per value of {@code x}
   */
  static double[] separated(double[] x, Ratio[] exact) {
    if (x.length != exact.length) {
      throw new IllegalArgumentException("one exact value per figure expected");
    }
    int n = x.length;
    // The faithful map never reverses an order, so sorting by |double| orders the exact
    // magnitudes except inside runs of equal doubles, which alone are compared exactly.
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Math.abs(x[i])));
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && Math.abs(x[order[to]]) == Math.abs(x[order[from]])) {
        to++;
      }
      if (to - from > 1) {
        Arrays.sort(order, from, to, Comparator.comparing((Integer i) -> exact[i].abs()));
      }
      from = to;
    }
    double[] out = x.clone();
    double previous = 0;
    Ratio previousExact = null;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      double m = Math.abs(x[i]);
      if (previousExact != null && m <= previous) {
        Ratio magnitude = exact[i].abs();
        if (magnitude.compareTo(previousExact) == 0) {
          m = previous; // an exact tie: the same double, as the faithful map already gives
        } else {
          m = Math.nextUp(previous); // different exactly: never a tie in doubles
        }
        previousExact = magnitude;
      } else {
        previousExact = exact[i].abs();
      }
      out[i] = exact[i].signum() < 0 ? -m : m;
      previous = m;
    }
    return out;
  }
}
