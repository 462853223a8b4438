package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.cohort.ActivityCells;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.Excluded;
import org.rehabprogress.cohort.NotAnalysed;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.cohort.SiteCells;
import org.rehabprogress.cohort.WeekCells;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;

/**
 * Writes cohort.json in the {@link Json} form of report.json (keys in alphabetical order, doubles
 * at full precision, none as {@code null}), with the small-cell rules applied: a suppressed figure
 * is the string {@code "<11"} (the threshold), the same text as in the HTML and CSV outputs, so
 * that a program expecting a number gets a type error rather than a silent gap; a figure that does
 * not exist is {@code null}. Counts are integers.
 *
 * <p>Keys: {@code patients} (everyone in the cohort, the ITT denominator), {@code analysed}, {@code
 * not_analysed} (one entry per patient, {@code patient_id} and {@code reason}: per-patient rows
 * like per_patient.csv, so not suppressed), {@code excluded} (patients left out by the date bounds,
 * by reason), {@code min_cell}, {@code suppressed_as}, {@code from}, {@code to}, {@code responders}
 * and {@code responders_itt} ({@code n}, {@code improved}, {@code share}, {@code ci_low}, {@code
 * ci_high}), {@code activity_effect} ({@code patients}, {@code n}, {@code estimate}, {@code
 * ci_low}, {@code ci_high}, {@code p_value}, {@code statistic}, {@code regime}), {@code activities}
 * (the same per activity with {@code activity} and {@code class}), {@code activities_not_shown},
 * {@code responders_by_site}, {@code trajectories}, {@code unclassified_activities}, {@code
 * unclassified_not_shown}, {@code provenance}.
 */
public final class CohortJson {

  private CohortJson() {}

  /**
   * Writes the document; the caller opens and closes the writer, which is flushed.
   *
   * @param result the cohort
   * @param cells its figures as they may be shown
   * @param provenance the provenance block, the same as report.json's (null for none)
   */
  public static void write(
      CohortResult result, CohortCells cells, Provenance provenance, Writer out)
      throws IOException {
    Json.write(document(result, cells, provenance), out);
  }

  /** Returns the document as nested maps and lists, keys in alphabetical order. */
  public static Map<String, Object> document(
      CohortResult result, CohortCells cells, Provenance provenance) {
    SmallCells rules = cells.rules();
    Map<String, Object> root = new TreeMap<>();
    root.put("patients", count(cells.patients(), rules));
    root.put("analysed", count(cells.analysed(), rules));
    List<Map<String, Object>> notAnalysed = new ArrayList<>();
    for (NotAnalysed n : result.notAnalysed()) {
      notAnalysed.add(Map.of("patient_id", n.patientId(), "reason", n.reason().text()));
    }
    root.put("not_analysed", notAnalysed);
    Map<String, Object> excluded = new TreeMap<>();
    for (Excluded.Reason reason : Excluded.Reason.values()) {
      excluded.put(
          reason.name().toLowerCase(Locale.ROOT),
          count(rules.tally(result.excluded(reason)), rules));
    }
    root.put("excluded", excluded);
    root.put("min_cell", rules.minCell());
    root.put("suppressed_as", rules.label());
    root.put("from", result.parameters().from());
    root.put("to", result.parameters().to());
    root.put("responders", proportion(cells.responders(), rules));
    root.put("responders_itt", proportion(cells.respondersItt(), rules));
    Map<String, Object> effect = effect(cells.activityEffect(), rules);
    effect.put("patients", count(cells.effectPatients(), rules));
    root.put("activity_effect", effect);
    List<Map<String, Object>> activities = new ArrayList<>();
    for (ActivityCells a : cells.activities()) {
      Map<String, Object> row = effect(a.effect(), rules);
      row.put("activity", a.activity());
      row.put("class", a.activityClass().name());
      row.put("patients", count(a.patients(), rules));
      activities.add(row);
    }
    root.put("activities", activities);
    root.put("activities_not_shown", cells.activitiesNotShown());
    List<Map<String, Object>> sites = new ArrayList<>();
    for (SiteCells s : cells.sites()) {
      Map<String, Object> row = proportion(s.responders(), rules);
      row.put("site", s.site());
      sites.add(row);
    }
    root.put("responders_by_site", sites);
    List<Map<String, Object>> weeks = new ArrayList<>();
    for (WeekCells w : cells.weeks()) {
      Map<String, Object> row = new TreeMap<>();
      row.put("week", w.week());
      row.put("patients", count(w.patients(), rules));
      row.put("mean_pain", figure(w.mean(), rules));
      row.put("q1", figure(w.q1(), rules));
      row.put("q3", figure(w.q3(), rules));
      weeks.add(row);
    }
    root.put("trajectories", weeks);
    root.put("unclassified_activities", cells.unclassified());
    root.put("unclassified_not_shown", cells.unclassifiedNotShown());
    root.put("provenance", provenance);
    return root;
  }

  private static Map<String, Object> proportion(ProportionCells p, SmallCells rules) {
    Map<String, Object> node = new TreeMap<>();
    node.put("n", count(p.n(), rules));
    node.put("improved", count(p.improved(), rules));
    node.put("share", figure(p.share(), rules));
    node.put("ci_low", figure(p.ciLow(), rules));
    node.put("ci_high", figure(p.ciHigh(), rules));
    return node;
  }

  private static Map<String, Object> effect(EffectCells e, SmallCells rules) {
    Map<String, Object> node = new TreeMap<>();
    node.put("n", count(e.n(), rules));
    node.put("estimate", figure(e.estimate(), rules));
    node.put("ci_low", figure(e.ciLow(), rules));
    node.put("ci_high", figure(e.ciHigh(), rules));
    node.put("p_value", figure(e.pValue(), rules));
    node.put("statistic", figure(e.statistic(), rules));
    String regime = e.regime();
    node.put("regime", regime == null ? rules.label() : regime);
    return node;
  }

  /** Returns a count as a long, or the label when suppressed. */
  private static Object count(Cell cell, SmallCells rules) {
    return cell.suppressed() ? rules.label() : (Object) Math.round(cell.value());
  }

  /** Returns a figure at full precision (NaN, written as null, for none), or the label. */
  private static Object figure(Cell cell, SmallCells rules) {
    return cell.suppressed() ? rules.label() : (Object) cell.value();
  }
}
