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

  // The adjusted figures (SPEC 5b) of the same run against R 4.2.2 with metafor 3.8.1, on the
  // per-patient figures at full precision: fixtures/cohort/adjusted-reference.R holds them (yi,
  // sei: each patient's adj_flagged_minus_low_impact and its standard error; choice:
  // flagged_day_pain_minus_other; yi_<activity>, sei_<activity>: the per-activity coefficients)
  // and prints every expected value below with %.17g.

  /** metafor's REML iterates to a change of 1e-5 in tau^2; both stop at the same step. */
  private static final double REML = 1e-9;

  @Test
  void adjustedEffectAgreesWithMetaforRma() {
    JsonNode e = json.get("activity_effect_adjusted");
    // R: f <- rma(yi = yi, sei = sei, method = "REML")
    assertEquals(21, e.get("n").asInt()); // f$k
    assertEquals(1.8111890297042677, e.get("estimate").asDouble(), REML); // f$b[1]
    assertEquals(0.14892410157322913, e.get("se").asDouble(), REML); // f$se
    assertEquals(1.5193031541907538, e.get("ci_low").asDouble(), REML); // f$ci.lb
    assertEquals(2.1030749052177815, e.get("ci_high").asDouble(), REML); // f$ci.ub
    assertEquals(4.9636539092838978e-34, e.get("p_value").asDouble(), 1e-40); // f$pval
    assertEquals(0.21873590938470175, e.get("tau2").asDouble(), REML); // f$tau2
    assertEquals(53.49428532568399, e.get("i2").asDouble(), 1e-7); // f$I2
  }

  @Test
  void adjustedActivitiesAgreeWithMetaforAndHolmWithPAdjust() {
    JsonNode rows = json.get("activity_effects_adjusted");
    // The 12 activities with a coefficient in at least 5 patients, in name order; 14 others have
    // fewer. R: rma(yi = yi_<activity>, sei = sei_<activity>, method = "REML") each, then
    // p.adjust(p, "holm") over the 12 p-values.
    assertEquals(12, rows.size());
    assertEquals(14, json.get("activities_adjusted_not_shown").asInt());
    JsonNode walking = rows.get(10);
    assertEquals("Walking", walking.get("activity").asText());
    assertEquals("LOW_IMPACT", walking.get("class").asText());
    assertEquals(21, walking.get("n").asInt());
    assertEquals(-0.096494782822609856, walking.get("estimate").asDouble(), REML);
    assertEquals(-0.23691415196971727, walking.get("ci_low").asDouble(), REML);
    assertEquals(0.043924586324497542, walking.get("ci_high").asDouble(), REML);
    assertEquals(0.17802287743284378, walking.get("p_value").asDouble(), REML);
    assertEquals(1, walking.get("p_holm").asDouble(), REML);
    assertEquals(0.018359474116751894, walking.get("tau2").asDouble(), REML);
    JsonNode furniture = rows.get(3);
    assertEquals("Moving furniture", furniture.get("activity").asText());
    assertEquals(0.93024949614068286, furniture.get("estimate").asDouble(), REML);
    assertEquals(2.2553168724461977e-08, furniture.get("p_value").asDouble(), 1e-15);
    // R: p.adjust(p, "holm"): the smallest of 12 p-values times 12
    assertEquals(2.7063802469354372e-07, furniture.get("p_holm").asDouble(), 1e-14);
    JsonNode yoga = rows.get(5);
    assertEquals("Power yoga", yoga.get("activity").asText());
    // the second smallest times 11
    assertEquals(6.2925237068083503e-06, yoga.get("p_holm").asDouble(), 1e-13);
    JsonNode treadmill = rows.get(9);
    assertEquals("Treadmill", treadmill.get("activity").asText());
    // the third smallest (0.0358578...) times 10
    assertEquals(0.358578860678752, treadmill.get("p_holm").asDouble(), 1e-9);
    JsonNode gardening = rows.get(2);
    // a tau^2 near 0: R 2.8204873533582565e-06, I^2 0.0071300014355461794
    assertEquals(2.8204873533582565e-06, gardening.get("tau2").asDouble(), 1e-12);
    assertEquals(0.0071300014355461794, gardening.get("i2").asDouble(), 1e-8);
    JsonNode dancing = rows.get(0);
    assertEquals(0, dancing.get("tau2").asDouble()); // R: tau2 0
    assertEquals(0, dancing.get("i2").asDouble());
  }

  @Test
  void choiceCheckAgreesWithWilcoxTest() {
    JsonNode c = json.get("flagged_day_pain_minus_other");
    // R: wilcox.test(choice, conf.int = TRUE), exact (22 values, no ties)
    assertEquals(22, c.get("patients").asInt());
    assertEquals(22, c.get("n").asInt());
    assertEquals("exact", c.get("regime").asText());
    assertEquals(77, c.get("statistic").asDouble()); // w$statistic
    assertEquals(0.1128716468811035, c.get("p_value").asDouble(), EXACT); // w$p.value
    assertEquals(-0.17296701276586335, c.get("estimate").asDouble(), EXACT); // w$estimate
    assertEquals(-0.36437027490949059, c.get("ci_low").asDouble(), EXACT); // w$conf.int[1]
    assertEquals(0.038740773115773119, c.get("ci_high").asDouble(), EXACT); // w$conf.int[2]
  }
}
