package org.rehabprogress.report;

import java.util.List;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.privacy.SmallCells;

/**
 * Formats the terminal summary of a cohort run: patients, responders, the adjusted activity effect
 * and its choice check, then the unadjusted one.
 */
public final class CohortSummaryText {

  private CohortSummaryText() {}

  /** Returns the summary lines, small cells suppressed as everywhere else. */
  public static List<String> lines(CohortResult result, CohortCells cells) {
    SmallCells rules = cells.rules();
    return List.of(
        "Cohort: " + CohortText.patients(result, cells),
        "Responders: " + CohortText.proportion(cells.responders(), rules) + " with enough data",
        "Responders (intention to treat): " + CohortText.proportion(cells.respondersItt(), rules),
        "Adjusted within patients, pooled: " + CohortText.adjustedEffect(cells),
        "Choice check: " + CohortText.choiceCheck(cells),
        "Unadjusted flagged minus low-impact next-day pain: "
            + CohortText.effect(cells)
            + "; associations in diaries, not effects of the activity",
        "Figures from fewer than "
            + rules.minCell()
            + " patients show as "
            + rules.label()
            + "; figures that would reveal one show as "
            + CohortCellText.COMPLEMENTARY);
  }
}
