package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 3b and 5b end to end against R on confounded diaries: {@code rehab cohort --min-cell 5
 * --per-patient} over {@code fixtures/adjusted/confounded} (14 patients, 60 days, a flagged day
 * truly adds 1 point) gives the figures that {@code fixtures/adjusted/confounded/reference.R}
 * computes from the same raw CSV files with {@code lm}, {@code metafor::rma(method = "REML")},
 * {@code p.adjust(p, "holm")} and {@code wilcox.test} (R 4.2.2, metafor 3.8.1), written out there
 * without any of rehab's code. Each expected value has the R expression that printed it beside it.
 */
class ConfoundedAgreesWithRTest {

  /** metafor's REML stops at a change of 1e-5 in tau^2, as rehab does, at the same step. */
  private static final double REML = 1e-9;

  /** The exact signed-rank figures differ from R's by rounding only. */
  private static final double EXACT = 1e-12;

  @TempDir static Path dir;

  private static JsonNode json;

  private static List<String[]> perPatient;

  @BeforeAll
  static void run() throws Exception {
    Path out = dir.resolve("cohort");
    Run run =
        Run.of(
            "cohort",
            "--in",
            fixture().toString(),
            "--out",
            out.toString(),
            "--as-of=2026-11-01",
            "--min-cell",
            "5",
            "--per-patient",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    json = new ObjectMapper().readTree(out.resolve("cohort.json").toFile());
    perPatient = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("per_patient.csv"))) {
      perPatient.add(line.split(",", -1));
    }
  }

  private static Path fixture() throws Exception {
    return Path.of(
        ConfoundedAgreesWithRTest.class.getResource("/fixtures/adjusted/confounded").toURI());
  }

  @Test
  void theFixtureIsTheSeededGeneratorsOutput() throws Exception {
    Path again = Files.createDirectory(dir.resolve("again"));
    ConfoundedClinic.write(again, 1414, 14, 60, 1);
    Path fixture = fixture();
    for (String file : List.of("symptoms.csv", "activities.csv")) {
      assertEquals(
          Files.readString(fixture.resolve(file), StandardCharsets.UTF_8),
          Files.readString(again.resolve(file), StandardCharsets.UTF_8),
          file);
    }
  }

  @Test
  void perPatientContrastsAreLmsRounded() {
    // R, per patient: fit <- lm(y ~ F + L + O + p); est <- coef(fit)["F"] - coef(fit)["L"];
    // se from vcov(fit); est +- qt(0.975, n - k) * se, printed with %.2f
    String[][] expected = {
      {"P001", "1.45", "0.71", "2.19"}, // est 1.4484798711867015
      {"P002", "1.64", "0.92", "2.37"}, // est 1.6446928259941216
      {"P003", "1.24", "0.44", "2.04"},
      {"P004", "1.48", "0.87", "2.08"},
      {"P005", "0.90", "0.16", "1.64"},
      {"P006", "1.25", "0.46", "2.03"},
      {"P007", "1.60", "0.63", "2.56"},
      {"P008", "1.14", "0.39", "1.90"},
      {"P009", "0.55", "0.00", "1.09"},
      {"P010", "1.08", "0.39", "1.77"},
      {"P011", "0.64", "-0.02", "1.29"},
      {"P012", "1.63", "0.82", "2.43"},
      {"P013", "1.69", "0.96", "2.43"},
      {"P014", "0.69", "0.01", "1.36"}
    };
    List<String> header = List.of(perPatient.get(0));
    int at = header.indexOf("adj_flagged_minus_low_impact");
    assertEquals(
        List.of(
            "adj_flagged_minus_low_impact",
            "adj_ci_low",
            "adj_ci_high",
            "adj_day_pairs",
            "flagged_day_pain_minus_other"),
        header.subList(at, at + 5));
    assertEquals("completeness_pct", header.get(at - 1));
    assertEquals(expected.length + 1, perPatient.size());
    for (int i = 0; i < expected.length; i++) {
      String[] row = perPatient.get(i + 1);
      assertEquals(expected[i][0], row[0]);
      assertEquals(expected[i][1], row[at], row[0]);
      assertEquals(expected[i][2], row[at + 1], row[0]);
      assertEquals(expected[i][3], row[at + 2], row[0]);
      assertEquals("59", row[at + 3], row[0]); // R: length(y)
    }
  }

  @Test
  void pooledEffectIsMetaforsRma() {
    JsonNode e = json.get("activity_effect_adjusted");
    // R: f <- rma(yi = est, sei = se, method = "REML")
    assertEquals(14, e.get("n").asInt()); // f$k
    assertEquals(1.1722233933935784, e.get("estimate").asDouble(), REML); // f$b[1]
    assertEquals(0.11566632792038362, e.get("se").asDouble(), REML); // f$se
    assertEquals(0.94552155644562685, e.get("ci_low").asDouble(), REML); // f$ci.lb
    assertEquals(1.39892523034153, e.get("ci_high").asDouble(), REML); // f$ci.ub
    assertEquals(3.8825243910662085e-24, e.get("p_value").asDouble(), 1e-30); // f$pval
    assertEquals(0.058751067362333764, e.get("tau2").asDouble(), REML); // f$tau2
    assertEquals(31.725101032359547, e.get("i2").asDouble(), 1e-7); // f$I2
  }

  @Test
  void perActivityEffectsAreMetaforsRmaWithHolm() {
    JsonNode rows = json.get("activity_effects_adjusted");
    // R: rma(yi = per[[x]][, 1], sei = per[[x]][, 2], method = "REML") per activity with a
    // coefficient in 5 or more patients, then p.adjust(p, "holm") over the four
    String[] names = {"Golf", "Housework", "Tennis", "Walking"};
    String[] classes = {"FLAGGED", "NEUTRAL", "FLAGGED", "LOW_IMPACT"};
    int[] n = {10, 13, 10, 14}; // r$k
    double[] estimate = { // r$b[1]
      1.1082865278791383, 0.015288344490571006, 0.95296372407783414, -0.097202223749436684
    };
    double[] low = { // r$ci.lb
      0.83667441047900626, -0.14681018962607764, 0.63062149513347221, -0.22107706762598692
    };
    double[] high = { // r$ci.ub
      1.3798986452792703, 0.17738687860721966, 1.2753059530221962, 0.02667262012711355
    };
    double[] p = { // r$pval
      1.2703238715770759e-15, 0.85334334776890886, 6.8572496372070802e-09, 0.12406174539757725
    };
    double[] holm = { // p.adjust(p, "holm")
      5.0812954863083037e-15, 0.85334334776890886, 2.0571748911621241e-08, 0.2481234907951545
    };
    double[] tau2 = { // r$tau2
      0.059520082225179155, 0.0028591036141626691, 0.15037032713706844, 0.0025706718800808811
    };
    assertEquals(names.length, rows.size());
    for (int i = 0; i < names.length; i++) {
      JsonNode row = rows.get(i);
      assertEquals(names[i], row.get("activity").asText());
      assertEquals(classes[i], row.get("class").asText());
      assertEquals(n[i], row.get("n").asInt(), names[i]);
      assertEquals(estimate[i], row.get("estimate").asDouble(), REML, names[i]);
      assertEquals(low[i], row.get("ci_low").asDouble(), REML, names[i]);
      assertEquals(high[i], row.get("ci_high").asDouble(), REML, names[i]);
      assertEquals(p[i], row.get("p_value").asDouble(), REML * p[i] + 1e-30, names[i]);
      assertEquals(holm[i], row.get("p_holm").asDouble(), REML * holm[i] + 1e-30, names[i]);
      assertEquals(tau2[i], row.get("tau2").asDouble(), REML, names[i]);
    }
  }

  @Test
  void choiceCheckIsWilcoxTest() {
    JsonNode c = json.get("flagged_day_pain_minus_other");
    // R: w <- wilcox.test(choice, conf.int = TRUE), exact: 14 values, no ties
    assertEquals(14, c.get("n").asInt()); // length(choice)
    assertEquals(0, c.get("statistic").asDouble()); // w$statistic: every patient negative
    assertEquals(0.00012207031250000005, c.get("p_value").asDouble(), EXACT); // w$p.value
    assertEquals(-1.0071098484848489, c.get("estimate").asDouble(), EXACT); // w$estimate
    assertEquals(-1.2239473684210527, c.get("ci_low").asDouble(), EXACT); // w$conf.int[1]
    assertEquals(-0.78448351648351666, c.get("ci_high").asDouble(), EXACT); // w$conf.int[2]
  }
}
