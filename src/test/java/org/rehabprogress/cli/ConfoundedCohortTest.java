package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Why SPEC 3b and 5b exist, end to end through {@code rehab cohort}: on seeded confounded diaries
 * ({@link ConfoundedClinic}: autocorrelated pain, golf and tennis chosen on better days, walking on
 * worse ones) where a flagged day truly adds 0 or 1 point to the next day's pain and walking adds
 * nothing, the adjusted figures of cohort.json recover the truth within 0.15 points, while the
 * unadjusted ones miss it by more: the raw flagged-minus-low-impact figure points the wrong way,
 * and walking looks harmful against rest days.
 */
class ConfoundedCohortTest {

  private static final int PATIENTS = 60;
  private static final int DAYS = 150;
  private static final double TOLERANCE = 0.15;

  @TempDir Path dir;

  @ParameterizedTest(name = "true effect {0}")
  @ValueSource(doubles = {0, 1})
  void adjustedFiguresRecoverTheTruthWhereUnadjustedOnesMissIt(double truth) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    ConfoundedClinic.write(in, 2026 + (long) truth, PATIENTS, DAYS, truth);
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "cohort",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--as-of=2026-11-01",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(out.resolve("cohort.json").toFile());

    JsonNode adjusted = json.get("activity_effect_adjusted");
    assertEquals(PATIENTS, adjusted.get("n").asInt());
    assertEquals(truth, adjusted.get("estimate").asDouble(), TOLERANCE, adjusted.toString());
    assertTrue(
        adjusted.get("ci_low").asDouble() < truth && truth < adjusted.get("ci_high").asDouble(),
        adjusted.toString());
    JsonNode raw = json.get("activity_effect");
    assertTrue(
        raw.get("estimate").asDouble() < truth - TOLERANCE,
        "the raw comparison should look more reassuring than the truth: " + raw);

    // Per activity: golf and tennis add the truth, walking and housework nothing, against a
    // logged day with no activity.
    JsonNode rows = json.get("activity_effects_adjusted");
    assertEquals(4, rows.size(), rows.toString());
    String[] names = {"Golf", "Housework", "Tennis", "Walking"};
    double[] effects = {truth, 0, truth, 0};
    for (int i = 0; i < names.length; i++) {
      JsonNode row = rows.get(i);
      assertEquals(names[i], row.get("activity").asText());
      assertEquals(effects[i], row.get("estimate").asDouble(), TOLERANCE, row.toString());
    }
    JsonNode walking = activity(json.get("activities"), "Walking");
    assertTrue(
        walking.get("estimate").asDouble() > TOLERANCE,
        "unadjusted, walking should look harmful against rest days: " + walking);

    // The choice check says why: flagged days were better days.
    JsonNode choice = json.get("flagged_day_pain_minus_other");
    assertTrue(choice.get("ci_high").asDouble() < 0, choice.toString());
  }

  private static JsonNode activity(JsonNode rows, String name) {
    for (JsonNode row : rows) {
      if (row.get("activity").asText().equals(name)) {
        return row;
      }
    }
    throw new AssertionError(name + " not in " + rows);
  }
}
