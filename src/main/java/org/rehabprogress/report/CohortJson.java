package org.rehabprogress.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
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
 * Writes cohort.json: every figure across patients at full precision (as Java prints a double: the
 * shortest decimal that reads back to the same value), with the small-cell rules applied. A
 * suppressed figure is the string {@code "<11"} (the threshold), the same text as in the HTML and
 * CSV outputs, so that a program reading a number gets a type error rather than a silent gap; a
 * figure that does not exist is {@code null}. Counts and R's {@code V} are written as integers when
 * they are whole.
 *
 * <p>Keys: {@code patients} (everyone in the cohort, the ITT denominator), {@code analysed}, {@code
 * not_analysed} (one entry per patient: {@code patient_id}, {@code reason}; per-patient, like
 * per_patient.csv, and so not suppressed), {@code excluded} (counts by reason), {@code min_cell},
 * {@code from}, {@code to}, {@code responders} and {@code responders_itt} ({@code n}, {@code
 * improved}, {@code share}, {@code ci_low}, {@code ci_high}), {@code activity_effect} ({@code
 * patients}, {@code n}, {@code estimate}, {@code ci_low}, {@code ci_high}, {@code p_value}, {@code
 * statistic}, {@code regime}), {@code activities} (the same per activity, with {@code activity} and
 * {@code class}), {@code activities_not_shown}, {@code responders_by_site}, {@code trajectories},
 * {@code provenance}.
 */
public final class CohortJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CohortJson() {}

  /**
   * Writes the document; the caller opens and closes the writer, which is flushed.
   *
   * @param result the cohort
   * @param cells its figures as they may be shown
   * @param provenance the provenance block, any value Jackson can write (null for none)
   */
  public static void write(CohortResult result, CohortCells cells, Object provenance, Writer out)
      throws IOException {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
    generator.setPrettyPrinter(printer);
    MAPPER.writeTree(generator, document(result, cells, provenance));
    out.write('\n');
    out.flush();
  }

  /** Returns the document as a tree. */
  public static ObjectNode document(CohortResult result, CohortCells cells, Object provenance) {
    SmallCells rules = cells.rules();
    ObjectNode root = NODES.objectNode();
    put(root, "patients", cells.patients(), rules);
    put(root, "analysed", cells.analysed(), rules);
    ArrayNode notAnalysed = root.putArray("not_analysed");
    for (NotAnalysed n : result.notAnalysed()) {
      notAnalysed.addObject().put("patient_id", n.patientId()).put("reason", n.reason().text());
    }
    ObjectNode excluded = root.putObject("excluded");
    for (Excluded.Reason reason : Excluded.Reason.values()) {
      put(
          excluded,
          reason.name().toLowerCase(Locale.ROOT),
          rules.tally(result.excluded(reason)),
          rules);
    }
    root.put("min_cell", rules.minCell());
    root.put("suppressed_as", rules.label());
    date(root, "from", result.parameters().from());
    date(root, "to", result.parameters().to());
    root.set("responders", proportion(cells.responders(), rules));
    root.set("responders_itt", proportion(cells.respondersItt(), rules));
    ObjectNode effect = NODES.objectNode();
    put(effect, "patients", cells.effectPatients(), rules);
    effect.setAll(effect(cells.activityEffect(), rules));
    root.set("activity_effect", effect);
    ArrayNode activities = root.putArray("activities");
    for (ActivityCells a : cells.activities()) {
      ObjectNode row = activities.addObject();
      row.put("activity", a.activity()).put("class", a.activityClass().name());
      put(row, "patients", a.patients(), rules);
      row.setAll(effect(a.effect(), rules));
    }
    root.put("activities_not_shown", cells.activitiesNotShown());
    ArrayNode sites = root.putArray("responders_by_site");
    for (SiteCells s : cells.sites()) {
      ObjectNode row = sites.addObject();
      row.put("site", s.site());
      row.setAll(proportion(s.responders(), rules));
    }
    ArrayNode weeks = root.putArray("trajectories");
    for (WeekCells w : cells.weeks()) {
      ObjectNode row = weeks.addObject().put("week", w.week());
      put(row, "patients", w.patients(), rules);
      put(row, "mean_pain", w.mean(), rules);
      put(row, "q1", w.q1(), rules);
      put(row, "q3", w.q3(), rules);
    }
    JsonNode block = provenance == null ? NODES.nullNode() : MAPPER.valueToTree(provenance);
    root.set("provenance", block);
    return root;
  }

  private static ObjectNode proportion(ProportionCells p, SmallCells rules) {
    ObjectNode node = NODES.objectNode();
    put(node, "n", p.n(), rules);
    put(node, "improved", p.improved(), rules);
    put(node, "share", p.share(), rules);
    put(node, "ci_low", p.ciLow(), rules);
    put(node, "ci_high", p.ciHigh(), rules);
    return node;
  }

  private static ObjectNode effect(EffectCells e, SmallCells rules) {
    ObjectNode node = NODES.objectNode();
    put(node, "n", e.n(), rules);
    put(node, "estimate", e.estimate(), rules);
    put(node, "ci_low", e.ciLow(), rules);
    put(node, "ci_high", e.ciHigh(), rules);
    put(node, "p_value", e.pValue(), rules);
    put(node, "statistic", e.statistic(), rules);
    String regime = e.regime();
    node.put("regime", regime == null ? rules.label() : regime);
    return node;
  }

  private static void put(ObjectNode node, String key, Cell cell, SmallCells rules) {
    if (cell.suppressed()) {
      node.put(key, rules.label());
    } else if (Double.isNaN(cell.value())) {
      node.putNull(key);
    } else if (cell.value() == Math.rint(cell.value()) && Math.abs(cell.value()) < 0x1p53) {
      node.put(key, (long) cell.value());
    } else {
      node.put(key, cell.value());
    }
  }

  private static void date(ObjectNode node, String key, LocalDate day) {
    if (day == null) {
      node.putNull(key);
    } else {
      node.put(key, day.toString());
    }
  }
}
