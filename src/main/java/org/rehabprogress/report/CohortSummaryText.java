package org.rehabprogress.report;

import java.util.List;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.privacy.SmallCells;

/** Formats the terminal summary of a cohort run: patients, responders, activity effect. */
public final class CohortSummaryText {

  private CohortSummaryText() {}

  /** Returns the summary lines, small cells suppressed as everywhere else. */
  public static List<String> lines(CohortCells cells) {
    SmallCells rules = cells.rules();
    EffectCells e = cells.activityEffect();
    String regime = e.regime();
    return List.of(
        "Patients: "
            + CohortCellText.count(cells.patients(), rules)
            + " in the cohort, "
            + CohortCellText.count(cells.analysed(), rules)
            + " analysed, "
            + CohortCellText.count(cells.notAnalysed(), rules)
            + " not analysed",
        "Responders: " + proportion(cells.responders(), rules) + " with enough data",
        "Responders (intention to treat): " + proportion(cells.respondersItt(), rules),
        e.estimate().suppressed()
            ? "Flagged minus low-impact next-day pain: "
                + rules.label()
                + " (fewer than "
                + rules.minCell()
                + " patients with both figures)"
            : "Flagged minus low-impact next-day pain: "
                + CohortCellText.points(e.estimate(), rules)
                + " points (95% CI "
                + CohortCellText.points(e.ciLow(), rules)
                + " to "
                + CohortCellText.points(e.ciHigh(), rules)
                + "), p "
                + pText(e, rules)
                + ", n = "
                + CohortCellText.count(e.n(), rules)
                + (regime == null ? "" : ", " + regime)
                + "; an association in diaries, not an effect of the activity",
        "Figures from fewer than " + rules.minCell() + " patients show as " + rules.label());
  }

  private static String proportion(ProportionCells p, SmallCells rules) {
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

  private static String pText(EffectCells e, SmallCells rules) {
    String p = CohortCellText.pValue(e.pValue(), rules);
    return p.startsWith("<") ? p : "= " + p;
  }
}
