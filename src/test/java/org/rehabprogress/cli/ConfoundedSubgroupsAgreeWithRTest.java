package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each subgroup's pooled adjusted effect (SPEC 11, {@code --by}) pools its patients' SPEC 3b
 * figures as R does: {@code fixtures/adjusted/confounded} (14 diaries, a flagged day truly adds 1
 * point) with a patients.csv that makes the odd-numbered patients {@code F} and the even {@code M},
 * through {@code rehab cohort --by sex --min-cell 5}, against {@code
 * fixtures/adjusted/confounded/reference.R}'s per-patient {@code lm} figures pooled per subgroup by
 * {@code metafor::rma(yi = est[sex == g], sei = se[sex == g], method = "REML")} in {@code
 * subgroups-reference.R} beside it (R 4.2.2, metafor 3.8.1).
 */
class ConfoundedSubgroupsAgreeWithRTest {

  /** metafor's REML stops at a change of 1e-5 in tau^2, as rehab does, at the same step. */
  private static final double REML = 1e-9;

  @TempDir static Path dir;

  private static JsonNode subgroups;

  @BeforeAll
  static void run() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Path fixture =
        Path.of(
            ConfoundedSubgroupsAgreeWithRTest.class
                .getResource("/fixtures/adjusted/confounded")
                .toURI());
    for (String file : List.of("symptoms.csv", "activities.csv")) {
      Files.copy(fixture.resolve(file), in.resolve(file));
    }
    StringBuilder patients = new StringBuilder("patient_id,sex\n");
    for (int i = 1; i <= 14; i++) {
      patients.append(String.format("P%03d,%s%n", i, i % 2 == 1 ? "F" : "M"));
    }
    Files.writeString(in.resolve("patients.csv"), patients, StandardCharsets.UTF_8);
    Path out = dir.resolve("cohort");
    Run run =
        Run.of(
            "cohort",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--as-of=2026-11-01",
            "--by",
            "sex",
            "--min-cell",
            "5",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    subgroups = new ObjectMapper().readTree(out.resolve("cohort.json").toFile()).get("subgroups");
  }

  private static JsonNode adjusted(String sex) {
    for (JsonNode g : subgroups) {
      if (g.get("by").get("sex").asText().equals(sex)) {
        return g.get("activity_effect_adjusted");
      }
    }
    throw new AssertionError("no subgroup " + sex);
  }

  @Test
  void womensPooledAdjustedEffectIsMetafors() {
    // R: r <- rma(yi = est[sex == "F"], sei = se[sex == "F"], method = "REML")
    JsonNode f = adjusted("F");
    assertEquals(7, f.get("n").asInt()); // r$k
    assertEquals(1.0951839648045305, f.get("estimate").asDouble(), REML); // r$b[1]
    assertEquals(0.18557236062095819, f.get("se").asDouble(), REML); // r$se
    assertEquals(0.73146882146137349, f.get("ci_low").asDouble(), REML); // r$ci.lb
    assertEquals(1.4588991081476874, f.get("ci_high").asDouble(), REML); // r$ci.ub
    assertEquals(3.5987410115327021e-09, f.get("p_value").asDouble(), 1e-15); // r$pval
    assertEquals(0.1090982334506231, f.get("tau2").asDouble(), REML); // r$tau2
    assertEquals(45.981806558102953, f.get("i2").asDouble(), 1e-7); // r$I2
  }

  @Test
  void mensPooledAdjustedEffectIsMetafors() {
    // R: r <- rma(yi = est[sex == "M"], sei = se[sex == "M"], method = "REML")
    JsonNode m = adjusted("M");
    assertEquals(7, m.get("n").asInt()); // r$k
    assertEquals(1.2615889471451556, m.get("estimate").asDouble(), REML); // r$b[1]
    assertEquals(0.13481762013645301, m.get("se").asDouble(), REML); // r$se
    assertEquals(0.99735126719630574, m.get("ci_low").asDouble(), REML); // r$ci.lb
    assertEquals(1.5258266270940055, m.get("ci_high").asDouble(), REML); // r$ci.ub
    assertEquals(8.1456350316999258e-21, m.get("p_value").asDouble(), 1e-27); // r$pval
    assertEquals(0.0015194582757203335, m.get("tau2").asDouble(), REML); // r$tau2
    assertEquals(1.1876267048761977, m.get("i2").asDouble(), 1e-7); // r$I2
  }
}
