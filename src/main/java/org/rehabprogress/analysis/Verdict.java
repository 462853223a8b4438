package org.rehabprogress.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.stats.Round;

/**
 * The pain status and the sentence that shows its rule and numbers. Every threshold compares the
 * figure as shown, rounded to 2 decimals half away from zero, so that the verdict agrees with the
 * printed numbers (SPEC section 3).
 *
 * @param status the status
 * @param rule the rule behind the status with its numbers, e.g. {@code "pain 5.00 -> 2.60: change
 *     -2.40 points <= -2.0: IMPROVED (Farrar et al. 2001; Ostelo et al. 2008)"}; the status is
 *     IMPROVED at change <= -2.0 points or change % <= -30 from a baseline >= 4.0, WORSE at change
 *     >= +2.0 points or change % >= +30 from a baseline >= 4.0, else UNCHANGED
 */
record Verdict(Status status, String rule) {

  // A clinically important change of pain on a 0-10 rating: 2 points or 30 % (Farrar et al. 2001,
  // Pain 94:149; Ostelo et al. 2008, Spine 33:90), in either direction, so that noise alone does
  // not make more patients improve than worsen (SPEC section 3).
  static final double IMPORTANT_POINTS = 2.0;
  static final double IMPORTANT_PERCENT = 30.0;

  // Farrar et al. 2001 derived the 30 % from patients with baseline pain of 4 or more; from a
  // lower baseline a small change is a large percentage, so the 30 % route needs baseline >= 4.0.
  static final double PERCENT_MIN_BASELINE = 4.0;
  private static final String SOURCES = "(Farrar et al. 2001; Ostelo et al. 2008)";

  /**
   * Returns the verdict on pain.
   *
   * @param pain baseline and current pain, NaN when none
   * @param baselineDays days with pain in the baseline window
   * @param currentDays days with pain in the current window
   * @param span {@code end - start} in days
   */
  static Verdict of(Outcome pain, int baselineDays, int currentDays, int span) {
    return of("pain", pain, baselineDays, currentDays, span);
  }

  /**
   * Returns the verdict on a 0-10 pain rating by pain's rule (SPEC 3; leg pain has its own by the
   * same rule, SPEC 3c), the rule's sentence naming the measure.
   *
   * @param measure the measure as the sentence names it: {@code pain} or {@code leg pain}
   * @param pain baseline and current figures, NaN when none
   * @param baselineDays days with a value in the baseline window
   * @param currentDays days with a value in the current window
   * @param span {@code end - start} in days
   */
  static Verdict of(String measure, Outcome pain, int baselineDays, int currentDays, int span) {
    if (span < PatientAnalysis.CURRENT_MIN_SPAN) {
      return new Verdict(
          Status.INSUFFICIENT_DATA,
          "end - start is "
              + span
              + " days, under "
              + PatientAnalysis.CURRENT_MIN_SPAN
              + ": too early to compare with the baseline: INSUFFICIENT_DATA");
    }
    if (Double.isNaN(pain.baseline()) || Double.isNaN(pain.current())) {
      List<String> missing = new ArrayList<>();
      if (Double.isNaN(pain.baseline())) {
        missing.add(missingText(measure, "baseline", "start .. start+13", baselineDays));
      }
      if (Double.isNaN(pain.current())) {
        missing.add(missingText(measure, "current", "end-13 .. end", currentDays));
      }
      return new Verdict(
          Status.INSUFFICIENT_DATA, String.join("; ", missing) + ": INSUFFICIENT_DATA");
    }
    double change = Round.half(pain.change(), 2);
    double pct = Round.half(pain.changePct(), 2);
    boolean percentApplies = Round.half(pain.baseline(), 2) >= PERCENT_MIN_BASELINE;
    String numbers =
        measure
            + " "
            + Round.format(pain.baseline())
            + " -> "
            + Round.format(pain.current())
            + ": change "
            + signed(change)
            + " points";
    String pctText =
        Double.isNaN(pct) ? " (no change % from a baseline of 0)" : ", " + signed(pct) + " %";
    String fromBaseline = " from a baseline >= 4.0";
    if (change <= -IMPORTANT_POINTS) {
      return new Verdict(Status.IMPROVED, numbers + " <= -2.0: IMPROVED " + SOURCES);
    }
    if (change >= IMPORTANT_POINTS) {
      return new Verdict(Status.WORSE, numbers + " >= +2.0: WORSE " + SOURCES);
    }
    if (percentApplies && pct <= -IMPORTANT_PERCENT) {
      return new Verdict(
          Status.IMPROVED,
          numbers + pctText + " <= -30 %" + fromBaseline + ": IMPROVED " + SOURCES);
    }
    if (percentApplies && pct >= IMPORTANT_PERCENT) {
      return new Verdict(
          Status.WORSE, numbers + pctText + " >= +30 %" + fromBaseline + ": WORSE " + SOURCES);
    }
    String within =
        percentApplies
            ? ": between -2.0 and +2.0 points and between -30 % and +30 %: UNCHANGED "
            : ": between -2.0 and +2.0 points; the 30 % rule applies only from a baseline >= 4.0:"
                + " UNCHANGED ";
    return new Verdict(Status.UNCHANGED, numbers + pctText + within + SOURCES);
  }

  private static String missingText(String measure, String window, String days, int found) {
    return window
        + " "
        + measure
        + " needs "
        + PatientAnalysis.WINDOW_MIN_DAYS
        + " days with "
        + measure
        + " in "
        + days
        + ", found "
        + found;
  }

  /** Returns a rounded figure as shown, with a plus sign when above zero. */
  static String signed(double shown) {
    String text = Round.format(shown);
    return shown > 0 ? "+" + text : text;
  }
}
