package org.rehabprogress.report;

import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.PooledCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.PooledEffect;

/** The sentences of the cohort's page and terminal summary, small cells suppressed. */
final class CohortText {

  private CohortText() {}

  /** Returns who is in the cohort. */
  static String patients(CohortResult result, CohortCells cells) {
    SmallCells rules = cells.rules();
    return CohortCellText.count(cells.patients(), rules)
        + " patients in the cohort, "
        + CohortCellText.count(cells.analysed(), rules)
        + " analysed, "
        + CohortCellText.count(cells.notAnalysed(), rules)
        + " without an analysis (no entry, or a treatment_start after the last entry"
        + (result.parameters().perPatient() ? "; listed in cohort.json)" : ")");
  }

  /** Returns {@code 12 of 30 improved (40.0%, 95% CI 24.6% to 57.7%)}. */
  static String proportion(ProportionCells p, SmallCells rules) {
    return CohortCellText.count(p.improved(), rules)
        + " of "
        + CohortCellText.count(p.n(), rules)
        + " improved ("
        + CohortCellText.percent(p.share(), rules)
        + ", 95% CI "
        + CohortCellText.percent(p.ciLow(), rules)
        + " to "
        + CohortCellText.percent(p.ciHigh(), rules)
        + ")";
  }

  /**
   * Returns the pooled adjusted effect in words with its statistics (SPEC 5b), for the terminal:
   * {@link #adjustedSentence}, then {@link #adjustedDetail} after a semicolon.
   */
  static String adjustedEffect(CohortCells cells) {
    String detail = adjustedDetail(cells);
    return adjustedSentence(cells) + (detail.isEmpty() ? "" : "; " + detail);
  }

  /**
   * Returns the pooled adjusted effect in words (SPEC 5b), e.g. {@code after a day with a flagged
   * activity, next-day pain was 0.81 points higher (95% CI 0.52 to 1.10) than after a day with a
   * low-impact activity, at the same pain that day}, or why there is none.
   */
  static String adjustedSentence(CohortCells cells) {
    SmallCells rules = cells.rules();
    PooledCells e = cells.activityEffectAdjusted();
    if (e.estimate().suppressed()) {
      return rules.label()
          + ": fewer than "
          + rules.minCell()
          + " patients with an adjusted figure (20 day pairs, 5 with a flagged and 5 with a"
          + " low-impact activity)";
    }
    if (e.none() != null) {
      return e.none() == PooledEffect.Reason.NO_VALUES
          ? "no estimate: no patient has an adjusted figure (it needs 20 day pairs, 5 with a"
              + " flagged and 5 with a low-impact activity)"
          : "no estimate: the REML estimate of the between-patient variance did not converge in"
              + " 100 iterations (metafor::rma stops there too)";
    }
    double x = e.estimate().value();
    String size = CohortCellText.points(Cell.of(Math.abs(x)), rules);
    String interval =
        "95% CI "
            + CohortCellText.points(e.ciLow(), rules)
            + " to "
            + CohortCellText.points(e.ciHigh(), rules);
    String compared =
        size.equals("0.00")
            ? "about the same (" + interval + ") as"
            : size + " points " + (x > 0 ? "higher" : "lower") + " (" + interval + ") than";
    return "after a day with a flagged activity, next-day pain was "
        + compared
        + " after a day with a low-impact activity, at the same pain that day";
  }

  /**
   * Returns the pooled adjusted effect's statistics, e.g. {@code p < 0.0001, 23 patients,
   * random-effects pooling (REML), tau² = 0.2187, I² = 53.5%}, or empty when there is no estimate.
   */
  static String adjustedDetail(CohortCells cells) {
    SmallCells rules = cells.rules();
    PooledCells e = cells.activityEffectAdjusted();
    if (e.estimate().suppressed() || e.none() != null) {
      return "";
    }
    return "p "
        + pText(CohortCellText.pValue(e.pValue(), rules))
        + ", "
        + CohortCellText.count(e.n(), rules)
        + " patients, random-effects pooling (REML), tau\u00b2 = "
        + CohortCellText.decimals(e.tau2(), rules, 4)
        + ", I\u00b2 = "
        + CohortCellText.decimals(e.i2(), rules, 1)
        + "%";
  }

  /**
   * Returns the choice check across patients with its statistics in parentheses (SPEC 5b), for the
   * terminal: {@link #choiceSentence}, then {@link #choiceDetail}.
   */
  static String choiceCheck(CohortCells cells) {
    String detail = choiceDetail(cells);
    return choiceSentence(cells) + (detail.isEmpty() ? "" : " (" + detail + ")");
  }

  /**
   * Returns the choice check across patients in words (SPEC 5b), e.g. {@code flagged activities
   * were done on days with 0.90 points less pain than other days}, or why there is none.
   */
  static String choiceSentence(CohortCells cells) {
    SmallCells rules = cells.rules();
    EffectCells e = cells.choiceCheck();
    if (e.estimate().suppressed()) {
      return rules.label()
          + ": fewer than "
          + rules.minCell()
          + " patients with a choice check (5 day pairs with a flagged activity and 5 without)";
    }
    if (e.estimate().none()) {
      return cells.choicePatients().shown() && cells.choicePatients().value() > 0
          ? "flagged activities were done on days with the same pain as other days: every"
              + " patient's difference is exactly zero"
          : "no choice check: no patient has 5 day pairs with a flagged activity and 5 without";
    }
    double x = e.estimate().value();
    String size = CohortCellText.points(Cell.of(Math.abs(x)), rules);
    return "flagged activities were done on days with "
        + (size.equals("0.00")
            ? "about the same pain as"
            : size + " points " + (x < 0 ? "less" : "more") + " pain than")
        + " other days";
  }

  /**
   * Returns the choice check's statistics, e.g. {@code Hodges-Lehmann estimate across 23 patients,
   * 95% CI -1.20 to -0.60, p < 0.0001}, or empty when there is no estimate.
   */
  static String choiceDetail(CohortCells cells) {
    SmallCells rules = cells.rules();
    EffectCells e = cells.choiceCheck();
    if (e.estimate().suppressed() || e.estimate().none()) {
      return "";
    }
    String interval =
        e.noInterval()
            ? e.intervalNote()
            : "95% CI "
                + CohortCellText.points(e.ciLow(), rules)
                + " to "
                + CohortCellText.points(e.ciHigh(), rules);
    return "Hodges-Lehmann estimate across "
        + CohortCellText.count(cells.choicePatients(), rules)
        + " patients, "
        + interval
        + ", p "
        + pText(CohortCellText.pValue(e.pValue(), rules));
  }

  private static String pText(String p) {
    return p.startsWith("<") ? "< " + p.substring(1) : "= " + p;
  }

  /** Returns the activity effect with its interval, p-value and test. */
  static String effect(CohortCells cells) {
    return test(
        cells.activityEffect(),
        cells.effectPatients(),
        cells.rules(),
        "patients with both next-day figures",
        "points");
  }

  /** Returns the ODI change across patients with its interval, p-value and test (SPEC 3c). */
  static String odiChange(CohortCells cells) {
    return test(
        cells.outcomes().odiChange(),
        cells.outcomes().odiPatients(),
        cells.rules(),
        "patients with an ODI baseline and current figure",
        "ODI points");
  }

  /**
   * Returns a signed-rank test's estimate with its interval, p-value and test.
   *
   * @param e the test's cells
   * @param patients the patients with a figure, zeros included
   * @param who who those patients are, in words
   * @param unit the estimate's unit
   */
  private static String test(
      EffectCells e, Cell patients, SmallCells rules, String who, String unit) {
    if (e.estimate().suppressed()) {
      return rules.label() + ": fewer than " + rules.minCell() + " " + who;
    }
    if (e.estimate().none()) {
      return patients.shown() && patients.value() > 0
          ? "no estimate: every patient's difference is exactly zero"
          : "no estimate: no " + who.replaceFirst("^patients", "patient");
    }
    String p = CohortCellText.pValue(e.pValue(), rules);
    return CohortCellText.points(e.estimate(), rules)
        + " "
        + unit
        + " ("
        + (e.noInterval()
            ? e.intervalNote()
            : "95% CI "
                + CohortCellText.points(e.ciLow(), rules)
                + " to "
                + CohortCellText.points(e.ciHigh(), rules))
        + "), p "
        + (p.startsWith("<") ? "< " + p.substring(1) : "= " + p)
        + ", n = "
        + CohortCellText.count(e.n(), rules)
        + ", V = "
        + CohortCellText.statistic(e.statistic(), rules)
        + ("exact".equals(e.regime())
            ? " (Wilcoxon signed-rank test, exact)"
            : " (Wilcoxon signed-rank test, normal approximation with continuity correction)");
  }
}
