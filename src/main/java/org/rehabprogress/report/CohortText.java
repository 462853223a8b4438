package org.rehabprogress.report;

import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.privacy.SmallCells;

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

  /** Returns the activity effect with its interval, p-value and test. */
  static String effect(CohortCells cells) {
    SmallCells rules = cells.rules();
    EffectCells e = cells.activityEffect();
    if (e.estimate().suppressed()) {
      return rules.label()
          + ": fewer than "
          + rules.minCell()
          + " patients with both next-day figures";
    }
    if (e.estimate().none()) {
      return cells.effectPatients().shown() && cells.effectPatients().value() > 0
          ? "no estimate: every patient's difference is exactly zero"
          : "no estimate: no patient with both next-day figures";
    }
    String p = CohortCellText.pValue(e.pValue(), rules);
    return CohortCellText.points(e.estimate(), rules)
        + " points ("
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
