package org.rehabprogress.analysis;

import org.rehabprogress.stats.Ratio;

/**
 * A measure's baseline and current figures with the change between them, each computed exactly from
 * the decimals as written and held as its exact-faithful double ({@link Ratio#toDouble()}): the
 * change from the unrounded baseline and current, the change % from the unrounded change, so that a
 * change of exactly -1.995 prints -2.00. NaN stands for none.
 *
 * @param baseline the mean over the baseline window, NaN when none
 * @param current the mean over the current window, NaN when none
 * @param change {@code current - baseline}, NaN when either is none
 * @param changePct {@code 100 * change / baseline}, NaN when the change is none or the baseline 0
 */
public record Outcome(double baseline, double current, double change, double changePct) {

  /** The outcome with neither figure. */
  static final Outcome NONE = new Outcome(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /**
   * Returns the figures of an exact baseline and current.
   *
   * @param baseline the exact baseline, null when none
   * @param current the exact current figure, null when none
   */
  public static Outcome of(Ratio baseline, Ratio current) {
    double b = baseline == null ? Double.NaN : baseline.toDouble();
    double c = current == null ? Double.NaN : current.toDouble();
    if (baseline == null || current == null) {
      return new Outcome(b, c, Double.NaN, Double.NaN);
    }
    Ratio change = current.minus(baseline);
    double pct =
        baseline.signum() == 0 ? Double.NaN : change.times(100).divide(baseline).toDouble();
    return new Outcome(b, c, change.toDouble(), pct);
  }
}
