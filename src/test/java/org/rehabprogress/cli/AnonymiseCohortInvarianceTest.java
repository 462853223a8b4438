package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;

/**
 * Issue 5 part 5 through the command line: {@code rehab cohort} on the anonymised copy of the
 * committed sample (study dates) gives the same responders (leg pain's among them), ODI change, the
 * same activity effect and the same per-activity estimates as on the original. Two parts differ by
 * design and are not compared: responders by site (sites of fewer than --min-cell patients are
 * blanked in the copy, so they become one group without a site) and the count of activities not
 * shown (rare unclassified names become one "other activity"). Trajectories agree to rounding: the
 * copy orders patients by pseudonym, so the sums behind a week's mean run in another order.
 */
class AnonymiseCohortInvarianceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private JsonNode cohort(String in, String out) throws Exception {
    Run run =
        Run.of("cohort", "--in", in, "--out", dir.resolve(out).toString(), "--as-of", "2026-11-01");
    assertEquals(0, run.exit(), run.err());
    return JSON.readTree(dir.resolve(out).resolve("cohort.json").toFile());
  }

  @Test
  void cohortOfTheCopyHasTheSameRespondersAndActivityEffects() throws Exception {
    Path key = Files.writeString(dir.resolve("key"), "cohort-invariance-key-0123456789abcdef");
    Path copy = dir.resolve("copy");
    Run anonymise =
        Run.of(
            "anonymise",
            "--in",
            ProjectRoot.sampleData().toString(),
            "--out",
            copy.toString(),
            "--key-file",
            key.toString());
    assertEquals(0, anonymise.exit(), anonymise.err());
    JsonNode original = cohort(ProjectRoot.sampleData().toString(), "original");
    JsonNode anonymised = cohort(copy.toString(), "anonymised");
    for (String field :
        List.of(
            "patients",
            "analysed",
            "not_analysed",
            "excluded",
            "responders",
            "responders_itt",
            "leg_pain_responders",
            "leg_pain_responders_itt",
            "odi_change",
            "activity_effect",
            "activities",
            "flagged_day_pain_minus_other")) {
      assertEquals(original.get(field), anonymised.get(field), field);
    }
    // The figures compared are real ones, not suppressed cells.
    assertEquals(35, original.get("activity_effect").get("n").asInt());
    assertTrue(original.get("odi_change").get("estimate").isNumber());
    assertTrue(original.get("leg_pain_responders").get("n").isNumber());
    assertTrue(original.get("responders").get("share").isNumber());
    assertTrue(original.get("activities").size() > 0);
    // The adjusted figures agree to rounding: REML's sums run over the patients in pseudonym
    // order in the copy.
    assertTrue(original.get("activity_effect_adjusted").get("estimate").isNumber());
    assertClose(
        original.get("activity_effect_adjusted"), anonymised.get("activity_effect_adjusted"));
    JsonNode rows = original.get("activity_effects_adjusted");
    assertTrue(rows.size() > 0);
    assertEquals(rows.size(), anonymised.get("activity_effects_adjusted").size());
    for (int i = 0; i < rows.size(); i++) {
      assertClose(rows.get(i), anonymised.get("activity_effects_adjusted").get(i));
    }
    JsonNode weeks = original.get("trajectories");
    assertEquals(weeks.size(), anonymised.get("trajectories").size());
    for (int i = 0; i < weeks.size(); i++) {
      JsonNode b = weeks.get(i);
      JsonNode a = anonymised.get("trajectories").get(i);
      assertEquals(b.get("week"), a.get("week"));
      assertEquals(b.get("patients"), a.get("patients"));
      for (String figure : List.of("mean_pain", "q1", "q3")) {
        assertEquals(b.get(figure).asDouble(), a.get(figure).asDouble(), 1e-12, figure);
      }
    }
    for (String file : List.of("activity_effects.csv", "activity_effects_unadjusted.csv")) {
      assertEquals(
          Files.readString(dir.resolve("original").resolve(file), StandardCharsets.UTF_8),
          Files.readString(dir.resolve("anonymised").resolve(file), StandardCharsets.UTF_8),
          file);
    }
  }

  /** Asserts that two objects hold the same keys, texts equal and numbers within 1e-12. */
  private static void assertClose(JsonNode expected, JsonNode actual) {
    assertEquals(names(expected.fieldNames()), names(actual.fieldNames()));
    for (String key : names(expected.fieldNames())) {
      JsonNode e = expected.get(key);
      JsonNode a = actual.get(key);
      if (e.isNumber()) {
        assertEquals(e.asDouble(), a.asDouble(), 1e-12 * Math.max(1, Math.abs(e.asDouble())), key);
      } else {
        assertEquals(e, a, key);
      }
    }
  }

  private static List<String> names(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
