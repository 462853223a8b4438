package org.rehabprogress.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment of p-values for multiple comparisons (Holm 1979, Scand J Stat). */
public final class Holm {

  private Holm() {}

  /**
   * Returns the Holm-adjusted p-values in the order given, as R's {@code p.adjust(p, "holm")}: with
   * the values sorted ascending, the i-th (from 1) becomes {@code min(1, max over j <= i of (m - j
   * + 1) p(j))} for m values. Tied values get the same adjusted value. The input is not modified.
   *
   * @param p the p-values, each in [0, 1]
   * @return a new array of the adjusted values, as long as {@code p}
   * @throws IllegalArgumentException when a value is NaN or outside [0, 1]
   */
  public static double[] adjust(double[] p) {
    int m = p.length;
    for (int i = 0; i < m; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] is " + p[i] + "; p-values lie in [0, 1]");
      }
    }
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    // Stable, as R's order(): ties keep their order, and the running maximum equalises them.
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int j = 0; j < m; j++) {
      running = Math.max(running, (m - j) * p[order[j]]);
      adjusted[order[j]] = Math.min(1, running);
    }
    return adjusted;
  }
}
