package org.rehabprogress.report;

import java.util.List;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.privacy.SmallCells;

/** Formats the terminal summary of a cohort run: patients, responders, activity effect. */
public final class CohortSummaryText {

  private CohortSummaryText() {}

  /** Returns the summary lines, small cells suppressed as everywhere else. */
  public static List<String> lines(CohortResult result, CohortCells cells) {
    SmallCells rules = cells.rules();
    return List.of(
        "Cohort: " + CohortText.patients(result, cells),
        "Responders: " + CohortText.proportion(cells.responders(), rules) + " with enough data",
        "Responders (intention to treat): " + CohortText.proportion(cells.respondersItt(), rules),
        "Flagged minus low-impact next-day pain: "
            + CohortText.effect(cells)
            + "; an association in diaries, not an effect of the activity",
        "Figures from fewer than "
            + rules.minCell()
            + " patients show as "
            + rules.label()
            + "; figures that would reveal one show as "
            + CohortCellText.COMPLEMENTARY);
  }
}
