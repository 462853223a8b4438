package org.rehabprogress.analysis;

import org.rehabprogress.stats.Round;

/**
 * Whether a change of PEG or ODI is clinically important, and which way (SPEC 3c). Both scores are
 * lower when the patient is better, so a fall is an improvement and a rise a worsening. The change
 * is marked in either direction, as the pain rule and GAD-7's are, so that noise alone does not
 * make more patients improve than worsen: the sources define the size of an important change, and a
 * rise of that size matters to a clinician as much as a fall. Thresholds compare the change and the
 * change % as shown (rounded to 2 decimals), so that the marker agrees with the printed figures.
 */
public enum ImportantChange {
  /** The score fell by a clinically important amount. */
  IMPORTANT_IMPROVEMENT,
  /** The score rose by a clinically important amount. */
  IMPORTANT_WORSENING,
  /** Both figures exist and the change is under the threshold either way. */
  NOT_IMPORTANT,
  /**
   * The baseline or current figure is none, or (PEG) the baseline is 0, from which no change % can
   * be taken.
   */
  NOT_AVAILABLE;

  // Krebs et al. 2009 (J Gen Intern Med 24:733): a 30 % change of the PEG is clinically important.
  static final double PEG_PERCENT = 30.0;

  // Ostelo et al. 2008 (Spine 33:90): an ODI change of 10 points or of 30 % of baseline.
  static final double ODI_POINTS = 10.0;
  static final double ODI_PERCENT = 30.0;

  /** Returns how a PEG change counts: 30 % of baseline or more, either way (Krebs 2009). */
  public static ImportantChange peg(Outcome peg) {
    double pct = Round.half(peg.changePct(), 2);
    if (Double.isNaN(pct)) {
      return NOT_AVAILABLE;
    }
    return of(pct <= -PEG_PERCENT, pct >= PEG_PERCENT);
  }

  /**
   * Returns how an ODI change counts: 10 points or 30 % of baseline or more, either way (Ostelo
   * 2008); from a baseline of 0 only the points apply.
   */
  public static ImportantChange odi(Outcome odi) {
    double change = Round.half(odi.change(), 2);
    if (Double.isNaN(change)) {
      return NOT_AVAILABLE;
    }
    double pct = Round.half(odi.changePct(), 2); // NaN from a baseline of 0: no comparison holds
    return of(
        change <= -ODI_POINTS || pct <= -ODI_PERCENT, change >= ODI_POINTS || pct >= ODI_PERCENT);
  }

  private static ImportantChange of(boolean fell, boolean rose) {
    if (fell) {
      return IMPORTANT_IMPROVEMENT;
    }
    return rose ? IMPORTANT_WORSENING : NOT_IMPORTANT;
  }
}
