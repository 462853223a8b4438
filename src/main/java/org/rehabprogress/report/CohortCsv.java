package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.cohort.ActivityCells;
import org.rehabprogress.cohort.AdjustedActivityCells;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.OutcomeCells;
import org.rehabprogress.cohort.PooledCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.cohort.SiteCells;
import org.rehabprogress.cohort.SubgroupCells;
import org.rehabprogress.cohort.WeekCells;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.PooledEffect;

/**
 * Writes the cohort's tables across patients, small cells suppressed (SPEC section 5): a hidden
 * cell is empty, and the {@code <column>_suppressed} column beside it says why ({@code small}: it
 * counts or rests on 1 to min-cell - 1 patients; {@code complementary}: it would reveal such a cell
 * through a total), so that every numeric column stays numeric in R and pandas; an empty cell with
 * an empty reason is a figure that does not exist. The caller opens and closes each writer; it is
 * flushed, not closed. per_patient.csv is {@link SummaryCsv}.
 *
 * <ul>
 *   <li>responders_by_site.csv: {@code site} (empty for the patients without one), {@code n}
 *       (patients with enough data), {@code improved}, {@code share}, {@code ci_low}, {@code
 *       ci_high} (Wilson 95%).
 *   <li>activity_effects.csv, the adjusted per-activity effects of SPEC 5b: {@code activity},
 *       {@code class}, {@code n} (patients with a per-activity coefficient, at least min-cell),
 *       {@code estimate} (REML random-effects pooled coefficient: the adjusted difference in
 *       next-day pain from a logged day with no activity, points), {@code ci_low}, {@code ci_high}
 *       (95%, normal), {@code p_value}, {@code p_holm} (Holm over the activities listed); the
 *       standard error, tau^2 and I^2 are in cohort.json.
 *   <li>activity_effects_unadjusted.csv, the unadjusted per-activity comparison of SPEC 5 (what
 *       activity_effects.csv held before the adjusted effects): {@code activity}, {@code class},
 *       {@code patients} (with a difference from REST days), {@code n} (non-zero differences
 *       tested), {@code estimate} (Hodges-Lehmann, next-day pain points), {@code ci_low}, {@code
 *       ci_high} (95%; empty when the interval cannot reach 95%), {@code p_value}, {@code
 *       statistic} (R's V), {@code regime} ({@code exact} or {@code normal}).
 *   <li>outcome_panel.csv (SPEC 3c): {@code figure} ({@code leg_pain_responders}, {@code
 *       leg_pain_responders_itt}, {@code odi_change}), then {@code patients}, {@code n}, {@code
 *       improved}, {@code share}, {@code ci_low}, {@code ci_high}, {@code estimate}, {@code
 *       p_value}, {@code statistic}, {@code regime}, each row filling the columns it has.
 *   <li>trajectories.csv: {@code week} (since start, from 0), {@code patients} (with pain that
 *       week), {@code mean_pain}, {@code q1}, {@code q3}.
 *   <li>subgroups.csv (with {@code --by}): one column per column of {@code --by}, then {@code
 *       patients} (analysed), {@code n} (with enough data), {@code improved}, {@code share}, {@code
 *       ci_low}, {@code ci_high} (Wilson 95%); then the pooled adjusted effect (SPEC 5b within the
 *       subgroup): {@code adj_n} (patients with an adjusted estimate), {@code adj_estimate}, {@code
 *       adj_se}, {@code adj_ci_low}, {@code adj_ci_high}, {@code adj_p_value}, {@code adj_tau2},
 *       {@code adj_i2}.
 * </ul>
 *
 * <p>Each of these columns but {@code site}, {@code activity}, {@code class}, {@code figure} and
 * {@code week} is followed by its {@code _suppressed} column.
 */
public final class CohortCsv {

  /** The columns of responders_by_site.csv. */
  public static final List<String> SITES_HEADER =
      withReasons(List.of("site"), "n", "improved", "share", "ci_low", "ci_high");

  /**
   * The columns of activity_effects.csv: the adjusted effects, SPEC 5b's columns in its order, each
   * with its reason column (SPEC 5); the standard error, tau^2 and I^2 are in cohort.json.
   */
  public static final List<String> ADJUSTED_HEADER =
      withReasons(
          List.of("activity", "class"), "n", "estimate", "ci_low", "ci_high", "p_value", "p_holm");

  /** The columns of activity_effects_unadjusted.csv. */
  public static final List<String> ACTIVITIES_HEADER =
      withReasons(
          List.of("activity", "class"),
          "patients",
          "n",
          "estimate",
          "ci_low",
          "ci_high",
          "p_value",
          "statistic",
          "regime");

  /** The figure columns of subgroups.csv, after one column per column of {@code --by}. */
  public static final List<String> SUBGROUPS_FIGURES =
      withReasons(
          List.of(),
          "patients",
          "n",
          "improved",
          "share",
          "ci_low",
          "ci_high",
          "adj_n",
          "adj_estimate",
          "adj_se",
          "adj_ci_low",
          "adj_ci_high",
          "adj_p_value",
          "adj_tau2",
          "adj_i2");

  /** The columns of outcome_panel.csv. */
  public static final List<String> OUTCOMES_HEADER =
      withReasons(
          List.of("figure"),
          "patients",
          "n",
          "improved",
          "share",
          "ci_low",
          "ci_high",
          "estimate",
          "p_value",
          "statistic",
          "regime");

  /** The columns of trajectories.csv. */
  public static final List<String> WEEKS_HEADER =
      withReasons(List.of("week"), "patients", "mean_pain", "q1", "q3");

  private CohortCsv() {}

  private static List<String> withReasons(List<String> keys, String... columns) {
    List<String> header = new ArrayList<>(keys);
    for (String c : columns) {
      header.add(c);
      header.add(c + "_suppressed");
    }
    return List.copyOf(header);
  }

  /** Writes responders_by_site.csv: one row per site, in site order, no-site last. */
  public static void sites(CohortCells cells, Writer out) throws IOException {
    SmallCells rules = cells.rules();
    CsvCells.FORMAT.printRecord(out, SITES_HEADER.toArray());
    for (SiteCells s : cells.sites()) {
      ProportionCells p = s.responders();
      List<String> row = new ArrayList<>();
      row.add(CsvCells.text(s.site()));
      add(row, p.n(), CohortCellText.count(p.n(), rules));
      add(row, p.improved(), CohortCellText.count(p.improved(), rules));
      add(row, p.share(), CohortCellText.share(p.share(), rules));
      add(row, p.ciLow(), CohortCellText.share(p.ciLow(), rules));
      add(row, p.ciHigh(), CohortCellText.share(p.ciHigh(), rules));
      CsvCells.FORMAT.printRecord(out, row.toArray());
    }
    out.flush();
  }

  /**
   * Writes activity_effects.csv: the adjusted effects of the activities with a coefficient in
   * enough patients, in name order.
   */
  public static void adjustedActivities(CohortCells cells, Writer out) throws IOException {
    CsvCells.FORMAT.printRecord(out, ADJUSTED_HEADER.toArray());
    for (List<String> row : adjustedActivityRows(cells)) {
      CsvCells.FORMAT.printRecord(out, row.toArray());
    }
    out.flush();
  }

  /**
   * Returns activity_effects.csv's rows as written, in {@link #ADJUSTED_HEADER}'s order: the
   * researcher tables build theirs from these, so that they hold what the file holds.
   */
  public static List<List<String>> adjustedActivityRows(CohortCells cells) {
    SmallCells rules = cells.rules();
    List<List<String>> rows = new ArrayList<>();
    for (AdjustedActivityCells a : cells.activitiesAdjusted()) {
      PooledCells e = a.effect();
      List<String> row = new ArrayList<>();
      row.add(CsvCells.text(a.activity()));
      row.add(a.activityClass().name());
      add(row, e.n(), CohortCellText.count(e.n(), rules));
      add(row, e.estimate(), CohortCellText.points(e.estimate(), rules));
      add(row, e.ciLow(), CohortCellText.points(e.ciLow(), rules));
      add(row, e.ciHigh(), CohortCellText.points(e.ciHigh(), rules));
      add(row, e.pValue(), CohortCellText.pValue(e.pValue(), rules));
      add(row, a.pHolm(), CohortCellText.pValue(a.pHolm(), rules));
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  /**
   * Writes activity_effects_unadjusted.csv: the unadjusted comparisons of the activities with
   * enough patients, in name order.
   */
  public static void activities(CohortCells cells, Writer out) throws IOException {
    SmallCells rules = cells.rules();
    CsvCells.FORMAT.printRecord(out, ACTIVITIES_HEADER.toArray());
    for (ActivityCells a : cells.activities()) {
      EffectCells e = a.effect();
      String regime = e.regime();
      List<String> row = new ArrayList<>();
      row.add(CsvCells.text(a.activity()));
      row.add(a.activityClass().name());
      add(row, a.patients(), CohortCellText.count(a.patients(), rules));
      add(row, e.n(), CohortCellText.count(e.n(), rules));
      add(row, e.estimate(), CohortCellText.points(e.estimate(), rules));
      add(row, e.ciLow(), CohortCellText.points(e.ciLow(), rules));
      add(row, e.ciHigh(), CohortCellText.points(e.ciHigh(), rules));
      add(row, e.pValue(), CohortCellText.pValue(e.pValue(), rules));
      add(row, e.statistic(), CohortCellText.statistic(e.statistic(), rules));
      add(row, e.exact(), regime == null ? "" : regime);
      CsvCells.FORMAT.printRecord(out, row.toArray());
    }
    out.flush();
  }

  /**
   * Writes subgroups.csv: one column per column of {@code --by} (its value, empty for the patients
   * without one), then the subgroup's analysed patients and its responders; one row per subgroup in
   * the order of the values.
   *
   * @param cells the figures as shown
   * @param by the columns of {@code --by}
   */
  public static void subgroups(CohortCells cells, List<String> by, Writer out) throws IOException {
    List<String> header = new ArrayList<>(by);
    header.addAll(SUBGROUPS_FIGURES);
    CsvCells.FORMAT.printRecord(out, header.toArray());
    for (List<String> row : subgroupRows(cells)) {
      CsvCells.FORMAT.printRecord(out, row.toArray());
    }
    out.flush();
  }

  /**
   * Returns subgroups.csv's rows as written, cell by cell (the researchers' table of them holds the
   * same cells).
   */
  public static List<List<String>> subgroupRows(CohortCells cells) {
    SmallCells rules = cells.rules();
    List<List<String>> rows = new ArrayList<>();
    for (SubgroupCells g : cells.subgroups()) {
      List<String> row = new ArrayList<>();
      for (String value : g.values()) {
        row.add(CsvCells.text(value));
      }
      ProportionCells p = g.responders();
      add(row, g.patients(), CohortCellText.count(g.patients(), rules));
      add(row, p.n(), CohortCellText.count(p.n(), rules));
      add(row, p.improved(), CohortCellText.count(p.improved(), rules));
      add(row, p.share(), CohortCellText.share(p.share(), rules));
      add(row, p.ciLow(), CohortCellText.share(p.ciLow(), rules));
      add(row, p.ciHigh(), CohortCellText.share(p.ciHigh(), rules));
      add(row, g.adjustedPatients(), CohortCellText.count(g.adjustedPatients(), rules));
      Cell estimate = g.adjusted(PooledEffect.Estimate::estimate);
      add(row, estimate, CohortCellText.points(estimate, rules));
      Cell se = g.adjusted(PooledEffect.Estimate::se);
      add(row, se, CohortCellText.share(se, rules));
      Cell low = g.adjusted(PooledEffect.Estimate::ciLow);
      add(row, low, CohortCellText.points(low, rules));
      Cell high = g.adjusted(PooledEffect.Estimate::ciHigh);
      add(row, high, CohortCellText.points(high, rules));
      Cell pValue = g.adjusted(PooledEffect.Estimate::pValue);
      add(row, pValue, CohortCellText.pValue(pValue, rules));
      Cell tau2 = g.adjusted(PooledEffect.Estimate::tau2);
      add(row, tau2, CohortCellText.share(tau2, rules));
      Cell i2 = g.adjusted(PooledEffect.Estimate::i2);
      add(row, i2, CohortCellText.points(i2, rules));
      rows.add(row);
    }
    return rows;
  }

  /**
   * Writes outcome_panel.csv (SPEC 3c): the rows {@code leg_pain_responders} and {@code
   * leg_pain_responders_itt} ({@code n}, {@code improved}, {@code share}, {@code ci_low}, {@code
   * ci_high}) and {@code odi_change} ({@code patients}, {@code n}, {@code estimate}, {@code
   * ci_low}, {@code ci_high}, {@code p_value}, {@code statistic}, {@code regime}); the columns a
   * row does not use are empty.
   */
  public static void outcomes(CohortCells cells, Writer out) throws IOException {
    SmallCells rules = cells.rules();
    OutcomeCells o = cells.outcomes();
    CsvCells.FORMAT.printRecord(out, OUTCOMES_HEADER.toArray());
    proportionRow("leg_pain_responders", o.legPainResponders(), rules, out);
    proportionRow("leg_pain_responders_itt", o.legPainRespondersItt(), rules, out);
    EffectCells e = o.odiChange();
    String regime = e.regime();
    List<String> row = new ArrayList<>();
    row.add("odi_change");
    add(row, o.odiPatients(), CohortCellText.count(o.odiPatients(), rules));
    add(row, e.n(), CohortCellText.count(e.n(), rules));
    empty(row, 2);
    add(row, e.ciLow(), CohortCellText.points(e.ciLow(), rules));
    add(row, e.ciHigh(), CohortCellText.points(e.ciHigh(), rules));
    add(row, e.estimate(), CohortCellText.points(e.estimate(), rules));
    add(row, e.pValue(), CohortCellText.pValue(e.pValue(), rules));
    add(row, e.statistic(), CohortCellText.statistic(e.statistic(), rules));
    add(row, e.exact(), regime == null ? "" : regime);
    CsvCells.FORMAT.printRecord(out, row.toArray());
    out.flush();
  }

  private static void proportionRow(String figure, ProportionCells p, SmallCells rules, Writer out)
      throws IOException {
    List<String> row = new ArrayList<>();
    row.add(figure);
    empty(row, 1);
    add(row, p.n(), CohortCellText.count(p.n(), rules));
    add(row, p.improved(), CohortCellText.count(p.improved(), rules));
    add(row, p.share(), CohortCellText.share(p.share(), rules));
    add(row, p.ciLow(), CohortCellText.share(p.ciLow(), rules));
    add(row, p.ciHigh(), CohortCellText.share(p.ciHigh(), rules));
    empty(row, 4);
    CsvCells.FORMAT.printRecord(out, row.toArray());
  }

  /** Adds columns a row does not use: each an empty figure with an empty reason. */
  private static void empty(List<String> row, int columns) {
    for (int i = 0; i < columns; i++) {
      row.add("");
      row.add("");
    }
  }

  /** Writes trajectories.csv: one row per week since start. */
  public static void trajectories(CohortCells cells, Writer out) throws IOException {
    SmallCells rules = cells.rules();
    CsvCells.FORMAT.printRecord(out, WEEKS_HEADER.toArray());
    for (WeekCells w : cells.weeks()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(w.week()));
      add(row, w.patients(), CohortCellText.count(w.patients(), rules));
      add(row, w.mean(), CohortCellText.points(w.mean(), rules));
      add(row, w.q1(), CohortCellText.points(w.q1(), rules));
      add(row, w.q3(), CohortCellText.points(w.q3(), rules));
      CsvCells.FORMAT.printRecord(out, row.toArray());
    }
    out.flush();
  }

  /** Adds a cell and its reason column. */
  private static void add(List<String> row, Cell cell, String shown) {
    for (String text : CohortCellText.csv(cell, shown)) {
      row.add(text);
    }
  }
}
