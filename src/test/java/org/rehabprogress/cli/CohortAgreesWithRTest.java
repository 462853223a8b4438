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
 * x <- c(1.3124746450304259, 1.8995726495726495, 1.0763888888888888, 1.9713893053473264,
 *        2.0723905723905722, 0.96851851851851860, 2.2592592592592590, 0.64646464646464650,
 *        0.92521929824561400, 0.99255952380952380, 1.4144144144144144, 1.8214733935742973,
 *        2.4217171717171717, 1.4463541666666666, 0.98572037510656440, 1.6388888888888888,
 *        1.3312500000000000, 1.9111111111111112, 1.4409722222222223, 1.5367996201329535,
 *        1.0581831831831832, 2.3388888888888890, 1.5524242424242425)  # flagged_minus_low_impact
 * w <- c(-0.28535353535353536, -0.13450292397660818, 0.45312500000000000, 0.51128472222222220,
 *        0.80277777777777780, 0.55366161616161610, -1.5769230769230769, 0.036111111111111110,
 *        -0.36813186813186816, 0.32759973106230390, 1.1425802879291251, 1.1612903225806452,
 *        -1.1162405303030303, 0.73504273504273510, -0.43154761904761907, 0.0000000000000000,
 *        0.21203703703703702, 0.85404040404040400, 1.1792114695340500, 0.63522727272727280,
 *        0.54259259259259260, 0.37261503928170600)  # Walking minus REST, one exact zero
 * </pre>
 *
 * <p>Each value is the exact-faithful double of the exact figure (the first is 12941/9860; the zero
 * is exactly 0). REST days are logged days without activity (SPEC section 3).
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
    assertEquals(1.7317676767676768, e.get("ci_high").asDouble(), EXACT); // r$conf.int[2]
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
    // sum(w != 0) is 21, but 22 - 21 = 1 patient with a zero difference is a small cell: the
    // count is suppressed as complementary (min-cell 5 here)
    assertEquals(true, walking.get("n").isNull());
    assertEquals("complementary", walking.get("n_suppressed").asText());
    assertEquals("normal", walking.get("regime").asText());
    assertEquals(173, walking.get("statistic").asDouble()); // r$statistic
    assertEquals(0.047570413247184612, walking.get("p_value").asDouble(), 1e-9); // r$p.value
    assertEquals(0.36168288942292426, walking.get("estimate").asDouble(), UNIROOT);
    assertEquals(0.0022674225235725471, walking.get("ci_low").asDouble(), UNIROOT);
    assertEquals(0.62788293507911819, walking.get("ci_high").asDouble(), UNIROOT);
  }
}
