package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cohort.json of the fixture folder against R 4.2.2 (2022-11-10) on the same per-patient figures at
 * full precision, printed by the analysis with {@code %.17g}:
 *
 * <pre>
 * x <- c(1.3124746450304245, 1.8995726495726500, 1.0763888888888884, 1.9713893053473264,
 *        2.0723905723905727, 0.96851851851851830, 2.2592592592592586, 0.64646464646464620,
 *        0.92521929824561330, 0.99255952380952460, 1.4144144144144155, 1.8214733935742977,
 *        2.4217171717171704, 1.4463541666666670, 0.98572037510656420, 1.6388888888888893,
 *        1.3312499999999998, 1.9111111111111114, 1.4409722222222223, 1.5367996201329532,
 *        1.0581831831831820, 2.3388888888888886, 1.5524242424242427)  # flagged_minus_low_impact
 * w <- c(-0.28535353535353500, -0.15515350877192890, 0.49479166666666696, 0.53906250000000000,
 *        0.80277777777777710, 0.39393939393939450, -0.91025641025641060, 0.24087301587301546,
 *        -0.47991071428571530, 0.32508892506179520, 1.1366279069767442, 1.0647990945104708,
 *        -1.1162405303030294, 0.95032051282051280, -0.18722943722943608, 0.0000000000000000,
 *        0.35681818181818237, 0.72920380273321420, 1.1792114695340503, 0.58866930171278040,
 *        0.54259259259259450, 0.28549382716049276)  # Walking minus REST, one zero
 * </pre>
 */
class CohortAgreesWithRTest {

  private static final double EXACT = 1e-12;
  // R finds the approximate estimate and interval with uniroot(tol = 1e-4).
  private static final double UNIROOT = 1e-4;

  @TempDir static Path dir;

  private static JsonNode json;

  @BeforeAll
  static void run() throws Exception {
    Path out = dir.resolve("cohort");
    Run run =
        Run.of(
            "cohort",
            "--in",
            CohortCommandTest.fixture("clinic").toString(),
            "--out",
            out.toString(),
            "--min-cell",
            "5",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    json = new ObjectMapper().readTree(out.resolve("cohort.json").toFile());
  }

  @Test
  void respondersAgreeWithPropTest() {
    JsonNode r = json.get("responders");
    assertEquals(24, r.get("n").asInt());
    assertEquals(9, r.get("improved").asInt());
    // R: prop.test(9, 24, correct = FALSE)
    assertEquals(0.375, r.get("share").asDouble(), EXACT);
    assertEquals(0.21159367559548778, r.get("ci_low").asDouble(), 1e-9);
    assertEquals(0.57290037557325724, r.get("ci_high").asDouble(), 1e-9);
  }

  @Test
  void ittRespondersCountEveryPatientOfTheCohort() {
    JsonNode r = json.get("responders_itt");
    assertEquals(28, r.get("n").asInt());
    assertEquals(9, r.get("improved").asInt());
    // R: prop.test(9, 28, correct = FALSE)
    assertEquals(0.32142857142857145, r.get("share").asDouble(), EXACT);
    assertEquals(0.17933246922494966, r.get("ci_low").asDouble(), 1e-9);
    assertEquals(0.50661156819142394, r.get("ci_high").asDouble(), 1e-9);
  }

  @Test
  void activityEffectAgreesWithWilcoxTestExact() {
    JsonNode e = json.get("activity_effect");
    // R: wilcox.test(x, conf.int = TRUE), "Wilcoxon signed rank exact test"
    assertEquals(23, e.get("n").asInt());
    assertEquals("exact", e.get("regime").asText());
    assertEquals(276, e.get("statistic").asDouble()); // r$statistic
    assertEquals(2.3841857910156245e-07, e.get("p_value").asDouble(), EXACT); // r$p.value
    assertEquals(1.4952241161616162, e.get("estimate").asDouble(), EXACT); // r$estimate
    assertEquals(1.2690723087654034, e.get("ci_low").asDouble(), EXACT); // r$conf.int[1]
    assertEquals(1.7317676767676771, e.get("ci_high").asDouble(), EXACT); // r$conf.int[2]
  }

  @Test
  void walkingAgreesWithWilcoxTestNormal() {
    JsonNode walking = null;
    for (JsonNode a : json.get("activities")) {
      if (a.get("activity").asText().equals("Walking")) {
        walking = a;
      }
    }
    // R: wilcox.test(w, conf.int = TRUE), "Wilcoxon signed rank test with continuity correction"
    assertEquals(22, walking.get("patients").asInt());
    assertEquals(21, walking.get("n").asInt()); // sum(w != 0)
    assertEquals("normal", walking.get("regime").asText());
    assertEquals(180, walking.get("statistic").asDouble()); // r$statistic
    assertEquals(0.026115521593656037, walking.get("p_value").asDouble(), 1e-9); // r$p.value
    assertEquals(0.3816270492350794, walking.get("estimate").asDouble(), UNIROOT);
    assertEquals(0.031377296391638859, walking.get("ci_low").asDouble(), UNIROOT);
    assertEquals(0.64877135271666209, walking.get("ci_high").asDouble(), UNIROOT);
  }
}
