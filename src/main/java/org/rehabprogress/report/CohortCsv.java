package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.rehabprogress.cohort.ActivityCells;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.cohort.SiteCells;
import org.rehabprogress.cohort.WeekCells;
import org.rehabprogress.privacy.SmallCells;

/**
 * Writes the cohort's tables across patients, small cells suppressed (a suppressed cell reads
 * {@code <11}, the threshold; an empty cell is a figure that does not exist). The caller opens and
 * closes each writer; it is flushed, not closed. per_patient.csv is {@link SummaryCsv}.
 *
 * <ul>
 *   <li>responders_by_site.csv: {@code site} (empty for the patients without one), {@code n}
 *       (patients with enough data), {@code improved}, {@code share}, {@code ci_low}, {@code
 *       ci_high} (Wilson 95%).
 *   <li>activity_effects.csv: {@code activity}, {@code class}, {@code patients} (with a difference
 *       from REST days), {@code n} (non-zero differences tested), {@code estimate} (Hodges-Lehmann,
 *       next-day pain points), {@code ci_low}, {@code ci_high} (95%), {@code p_value}, {@code
 *       statistic} (R's V), {@code regime} ({@code exact} or {@code normal}).
 *   <li>trajectories.csv: {@code week} (since start, from 0), {@code patients} (with pain that
 *       week), {@code mean_pain}, {@code q1}, {@code q3}.
 * </ul>
 */
public final class CohortCsv {

  /** The columns of responders_by_site.csv. */
  public static final List<String> SITES_HEADER =
      List.of("site", "n", "improved", "share", "ci_low", "ci_high");

  /** The columns of activity_effects.csv. */
  public static final List<String> ACTIVITIES_HEADER =
      List.of(
          "activity",
          "class",
          "patients",
          "n",
          "estimate",
          "ci_low",
          "ci_high",
          "p_value",
          "statistic",
          "regime");

  /** The columns of trajectories.csv. */
  public static final List<String> WEEKS_HEADER =
      List.of("week", "patients", "mean_pain", "q1", "q3");

  private CohortCsv() {}

  /** Writes responders_by_site.csv: one row per site, in site order, no-site last. */
  public static void sites(CohortCells cells, Writer out) throws IOException {
    SmallCells rules = cells.rules();
    CsvCells.FORMAT.printRecord(out, SITES_HEADER.toArray());
    for (SiteCells s : cells.sites()) {
      ProportionCells p = s.responders();
      CsvCells.FORMAT.printRecord(
          out,
          CsvCells.text(s.site()),
          CohortCellText.count(p.n(), rules),
          CohortCellText.count(p.improved(), rules),
          CohortCellText.share(p.share(), rules),
          CohortCellText.share(p.ciLow(), rules),
          CohortCellText.share(p.ciHigh(), rules));
    }
    out.flush();
  }

  /** Writes activity_effects.csv: the activities with enough patients, in name order. */
  public static void activities(CohortCells cells, Writer out) throws IOException {
    SmallCells rules = cells.rules();
    CsvCells.FORMAT.printRecord(out, ACTIVITIES_HEADER.toArray());
    for (ActivityCells a : cells.activities()) {
      EffectCells e = a.effect();
      String regime = e.regime();
      CsvCells.FORMAT.printRecord(
          out,
          CsvCells.text(a.activity()),
          a.activityClass().name(),
          CohortCellText.count(a.patients(), rules),
          CohortCellText.count(e.n(), rules),
          CohortCellText.points(e.estimate(), rules),
          CohortCellText.points(e.ciLow(), rules),
          CohortCellText.points(e.ciHigh(), rules),
          CohortCellText.pValue(e.pValue(), rules),
          CohortCellText.statistic(e.statistic(), rules),
          regime == null ? rules.label() : regime);
    }
    out.flush();
  }

  /** Writes trajectories.csv: one row per week since start. */
  public static void trajectories(CohortCells cells, Writer out) throws IOException {
    SmallCells rules = cells.rules();
    CsvCells.FORMAT.printRecord(out, WEEKS_HEADER.toArray());
    for (WeekCells w : cells.weeks()) {
      CsvCells.FORMAT.printRecord(
          out,
          Integer.toString(w.week()),
          CohortCellText.count(w.patients(), rules),
          CohortCellText.points(w.mean(), rules),
          CohortCellText.points(w.q1(), rules),
          CohortCellText.points(w.q3(), rules));
    }
    out.flush();
  }
}
