package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.cohort.ActivityCells;
import org.rehabprogress.cohort.AdjustedActivityCells;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.Excluded;
import org.rehabprogress.cohort.NotAnalysed;
import org.rehabprogress.cohort.PooledCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.cohort.SiteCells;
import org.rehabprogress.cohort.SubgroupCells;
import org.rehabprogress.cohort.WeekCells;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.PooledEffect;

/**
 * Writes cohort.json in the {@link Json} form of report.json (keys in alphabetical order, doubles
 * at full precision, none as {@code null}), with the small-cell rules applied (SPEC section 5): a
 * hidden figure is {@code null} and a key beside it, the figure's key with {@code _suppressed},
 * says why: {@code "small"} (it counts or rests on 1 to min-cell - 1 patients) or {@code
 * "complementary"} (it would reveal such a figure through a total). A {@code null} without that key
 * is a figure that does not exist. Counts are integers.
 *
 * <p>Keys: {@code patients} (everyone in the cohort, the ITT denominator), {@code analysed}, {@code
 * not_analysed} (a count), {@code not_analysed_patients} (only with {@code --per-patient}: one
 * entry per patient, {@code patient_id} and {@code reason}, per-patient rows like per_patient.csv,
 * so not suppressed), {@code excluded} (patients left out by the date bounds, by reason), {@code
 * min_cell}, {@code per_patient}, {@code from}, {@code to}, {@code responders} and {@code
 * responders_itt} ({@code n}, {@code improved}, {@code share}, {@code ci_low}, {@code ci_high}),
 * {@code activity_effect} ({@code patients}, {@code n}, {@code estimate}, {@code ci_low}, {@code
 * ci_high}, {@code p_value}, {@code statistic}, {@code regime}; unadjusted), {@code
 * leg_pain_responders} and {@code leg_pain_responders_itt} (as {@code responders}, SPEC 3c), {@code
 * odi_change} (as {@code activity_effect}, over each patient's ODI change), {@code activities} (the
 * same per activity with {@code activity} and {@code class}; unadjusted), {@code
 * activities_not_shown}, {@code activity_effect_adjusted} (SPEC 5b: {@code n}, {@code estimate},
 * {@code se}, {@code ci_low}, {@code ci_high}, {@code p_value}, {@code tau2}, {@code i2}, and
 * {@code reason} when there is no estimate: {@code no_values} or {@code not_converged}), {@code
 * activity_effects_adjusted} (per activity: {@code activity}, {@code class}, {@code n}, {@code
 * estimate}, {@code ci_low}, {@code ci_high}, {@code p_value}, {@code p_holm}, and {@code se},
 * {@code tau2}, {@code i2}), {@code activities_adjusted_not_shown}, {@code
 * flagged_day_pain_minus_other} (the choice check across patients, as {@code activity_effect}),
 * {@code responders_by_site}, {@code trajectories}, {@code subgroups} (with {@code --by}: a list of
 * {@code by} ({column: value}, null for no value), {@code patients}, {@code responders} and {@code
 * activity_effect_adjusted}), {@code unclassified_activities}, {@code unclassified_not_shown},
 * {@code provenance}.
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
    count(root, "patients", cells.patients());
    count(root, "analysed", cells.analysed());
    count(root, "not_analysed", cells.notAnalysed());
    if (result.parameters().perPatient()) {
      List<Map<String, Object>> notAnalysed = new ArrayList<>();
      for (NotAnalysed n : result.notAnalysed()) {
        notAnalysed.add(Map.of("patient_id", n.patientId(), "reason", n.reason().text()));
      }
      root.put("not_analysed_patients", notAnalysed);
    }
    Map<String, Object> excluded = new TreeMap<>();
    for (Excluded.Reason reason : Excluded.Reason.values()) {
      count(excluded, reason.name().toLowerCase(Locale.ROOT), rules.tally(result.excluded(reason)));
    }
    root.put("excluded", excluded);
    root.put("min_cell", rules.minCell());
    root.put("per_patient", result.parameters().perPatient());
    root.put("from", result.parameters().from());
    root.put("to", result.parameters().to());
    root.put("responders", proportion(cells.responders(), rules));
    root.put("responders_itt", proportion(cells.respondersItt(), rules));
    // SPEC 3c: leg pain responders as the pain responders; the ODI change as an effect.
    root.put("leg_pain_responders", proportion(cells.outcomes().legPainResponders(), rules));
    root.put("leg_pain_responders_itt", proportion(cells.outcomes().legPainRespondersItt(), rules));
    Map<String, Object> odi = effect(cells.outcomes().odiChange(), rules);
    count(odi, "patients", cells.outcomes().odiPatients());
    root.put("odi_change", odi);
    Map<String, Object> effect = effect(cells.activityEffect(), rules);
    count(effect, "patients", cells.effectPatients());
    root.put("activity_effect", effect);
    List<Map<String, Object>> activities = new ArrayList<>();
    for (ActivityCells a : cells.activities()) {
      Map<String, Object> row = effect(a.effect(), rules);
      row.put("activity", a.activity());
      row.put("class", a.activityClass().name());
      count(row, "patients", a.patients());
      activities.add(row);
    }
    root.put("activities", activities);
    root.put("activities_not_shown", cells.activitiesNotShown());
    root.put("activity_effect_adjusted", pooled(cells.activityEffectAdjusted()));
    List<Map<String, Object>> adjusted = new ArrayList<>();
    for (AdjustedActivityCells a : cells.activitiesAdjusted()) {
      Map<String, Object> row = pooled(a.effect());
      row.put("activity", a.activity());
      row.put("class", a.activityClass().name());
      figure(row, "p_holm", a.pHolm());
      adjusted.add(row);
    }
    root.put("activity_effects_adjusted", adjusted);
    root.put("activities_adjusted_not_shown", cells.activitiesAdjustedNotShown());
    Map<String, Object> choice = effect(cells.choiceCheck(), rules);
    count(choice, "patients", cells.choicePatients());
    root.put("flagged_day_pain_minus_other", choice);
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
      count(row, "patients", w.patients());
      figure(row, "mean_pain", w.mean());
      figure(row, "q1", w.q1());
      figure(row, "q3", w.q3());
      weeks.add(row);
    }
    root.put("trajectories", weeks);
    if (!result.parameters().by().isEmpty()) {
      root.put("subgroups", subgroups(cells, result.parameters().by(), rules));
    }
    root.put("unclassified_activities", cells.unclassified());
    root.put("unclassified_not_shown", cells.unclassifiedNotShown());
    root.put("provenance", provenance);
    return root;
  }

  /** Returns the subgroups: {@code by} ({column: value}), {@code patients}, {@code responders}. */
  private static List<Map<String, Object>> subgroups(
      CohortCells cells, List<String> by, SmallCells rules) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SubgroupCells g : cells.subgroups()) {
      Map<String, Object> key = new TreeMap<>();
      for (int c = 0; c < by.size(); c++) {
        key.put(by.get(c), g.values().get(c));
      }
      Map<String, Object> row = new TreeMap<>();
      row.put("by", key);
      count(row, "patients", g.patients());
      row.put("responders", proportion(g.responders(), rules));
      row.put("activity_effect_adjusted", adjusted(g));
      rows.add(row);
    }
    return rows;
  }

  /**
   * Returns a subgroup's pooled adjusted effect as SPEC 5b's {@code activity_effect_adjusted}:
   * {@code n}, {@code estimate}, {@code se}, {@code ci_low}, {@code ci_high}, {@code p_value},
   * {@code tau2}, {@code i2}; null figures when there is no estimate, hidden with {@code n}.
   */
  private static Map<String, Object> adjusted(SubgroupCells g) {
    Map<String, Object> node = new TreeMap<>();
    count(node, "n", g.adjustedPatients());
    figure(node, "estimate", g.adjusted(PooledEffect.Estimate::estimate));
    figure(node, "se", g.adjusted(PooledEffect.Estimate::se));
    figure(node, "ci_low", g.adjusted(PooledEffect.Estimate::ciLow));
    figure(node, "ci_high", g.adjusted(PooledEffect.Estimate::ciHigh));
    figure(node, "p_value", g.adjusted(PooledEffect.Estimate::pValue));
    figure(node, "tau2", g.adjusted(PooledEffect.Estimate::tau2));
    figure(node, "i2", g.adjusted(PooledEffect.Estimate::i2));
    return node;
  }

  private static Map<String, Object> proportion(ProportionCells p, SmallCells rules) {
    Map<String, Object> node = new TreeMap<>();
    count(node, "n", p.n());
    count(node, "improved", p.improved());
    figure(node, "share", p.share());
    figure(node, "ci_low", p.ciLow());
    figure(node, "ci_high", p.ciHigh());
    return node;
  }

  private static Map<String, Object> effect(EffectCells e, SmallCells rules) {
    Map<String, Object> node = new TreeMap<>();
    count(node, "n", e.n());
    figure(node, "estimate", e.estimate());
    figure(node, "ci_low", e.ciLow());
    figure(node, "ci_high", e.ciHigh());
    if (e.noInterval()) {
      node.put("interval_note", e.intervalNote());
    }
    figure(node, "p_value", e.pValue());
    figure(node, "statistic", e.statistic());
    String regime = e.regime();
    node.put("regime", regime);
    reason(node, "regime", e.exact());
    return node;
  }

  private static Map<String, Object> pooled(PooledCells e) {
    Map<String, Object> node = new TreeMap<>();
    count(node, "n", e.n());
    figure(node, "estimate", e.estimate());
    figure(node, "se", e.se());
    figure(node, "ci_low", e.ciLow());
    figure(node, "ci_high", e.ciHigh());
    figure(node, "p_value", e.pValue());
    figure(node, "tau2", e.tau2());
    figure(node, "i2", e.i2());
    if (e.none() != null) {
      node.put("reason", e.none().name().toLowerCase(Locale.ROOT));
    }
    return node;
  }

  /** Puts a count as a long, or null with its reason when hidden. */
  private static void count(Map<String, Object> node, String key, Cell cell) {
    node.put(key, cell.suppressed() ? null : (Object) Math.round(cell.value()));
    reason(node, key, cell);
  }

  /** Puts a figure at full precision (NaN, written as null, for none), or null with its reason. */
  private static void figure(Map<String, Object> node, String key, Cell cell) {
    node.put(key, cell.suppressed() ? null : (Object) cell.value());
    reason(node, key, cell);
  }

  private static void reason(Map<String, Object> node, String key, Cell cell) {
    if (cell.suppressed()) {
      node.put(key + "_suppressed", cell.hidden().word());
    }
  }
}
