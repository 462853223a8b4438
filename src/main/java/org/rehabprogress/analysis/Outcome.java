package org.rehabprogress.analysis;

/**
 * A measure's baseline and current figures at full precision, with the change between them; NaN
 * stands for none.
 *
 * @param baseline the mean over the baseline window, NaN when none
 * @param current the mean over the current window, NaN when none
 */
public record Outcome(double baseline, double current) {

  /** Returns {@code current - baseline}, NaN when either is none. */
  public double change() {
    return current - baseline;
  }

  /** Returns {@code 100 * change / baseline}, NaN when the change is none or the baseline is 0. */
  public double changePct() {
    return baseline == 0 ? Double.NaN : 100 * change() / baseline;
  }
}
