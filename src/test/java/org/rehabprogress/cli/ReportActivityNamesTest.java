package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's per-activity outputs (activity_comparison.csv, report.json, the patient page) group
 * activity names as SPEC section 2 matches them. The diary is that of {@code
 * analysis.MatchedNamesTest}: September 2026, pain every day, {@code Walk}, {@code walking}, {@code
 * Walking} (with {@code Walk} on 09-22) and {@code HKWorkoutActivityTypeWalking} on 9 pairs' days,
 * {@code golf} on 5, two spellings of an unknown bog snorkelling and housework on 2 each.
 */
class ReportActivityNamesTest {

  private static final double[] PAIN = {
    5.0, 5.5, 4.5, 6.0, 5.0, 4.0, 5.5, 6.5, 5.0, 4.5, 5.5, 6.0, 5.0, 4.5, 6.5, 5.5, 4.0, 5.0, 6.0,
    5.5, 4.5, 5.0, 6.0, 5.5, 4.5, 5.0, 6.5, 5.5, 4.0, 5.0
  };

  @TempDir Path dir;

  private Path diary() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String> symptoms = new ArrayList<>();
    symptoms.add("patient_id,date,pain,anxiety,gad7,sleep_hours,sleep_quality,notes");
    for (int i = 0; i < PAIN.length; i++) {
      symptoms.add(String.format("P1,2026-09-%02d,%s,,,,,", i + 1, PAIN[i]));
    }
    Files.write(in.resolve("symptoms.csv"), symptoms, StandardCharsets.UTF_8);
    List<String> activities = new ArrayList<>();
    activities.add("patient_id,date,activity,duration_min,intensity,notes");
    for (String day : List.of("01", "04", "07", "10", "22")) {
      activities.add("P1,2026-09-" + day + ",Walk,30,,");
    }
    for (String day : List.of("13", "16", "19")) {
      activities.add("P1,2026-09-" + day + ",walking,30,,");
    }
    activities.add("P1,2026-09-22,Walking,20,,");
    activities.add("P1,2026-09-28,HKWorkoutActivityTypeWalking,25,,");
    for (String day : List.of("02", "08", "14", "20", "26")) {
      activities.add("P1,2026-09-" + day + ",golf,60,,");
    }
    activities.add("P1,2026-09-05,bog  snorkelling!,40,,");
    activities.add("P1,2026-09-11,Bog snorkelling,40,,");
    activities.add("P1,2026-09-17,Housework,60,,");
    activities.add("P1,2026-09-25,Housework,60,,");
    Files.write(in.resolve("activities.csv"), activities, StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void theReportComparesWalkAndWalkingAsOneWalking() throws Exception {
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "report",
            "--in",
            diary().toString(),
            "--out",
            out.toString(),
            "--month",
            "2026-09",
            "--as-of",
            "2026-10-01",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    // Walking: 9 days (09-22 once), next-day pain 46.5 / 9 = 31/6 = 5.1666 -> 5.17, sd sqrt(0.75)
    // = 0.866 -> 0.87; REST: 11 days, 58/11 = 5.2727 -> 5.27; 31/6 - 58/11 = -7/66 = -0.106 ->
    // -0.11. Golf: 27/5 = 5.40, sd sqrt(4.2 / 4) = 1.0247 -> 1.02, 27/5 - 58/11 = 7/55 = 0.127 ->
    // 0.13. The two bog snorkelling spellings and housework: 2 days each, no mean.
    assertEquals(
        List.of(
            "patient_id,activity,class,days,next_day_pain,next_day_pain_sd,rest_days,"
                + "next_day_pain_after_rest,difference_vs_rest",
            "P1,Bog snorkelling,UNCLASSIFIED,2,,,11,5.27,",
            "P1,Golf,FLAGGED,5,5.40,1.02,11,5.27,0.13",
            "P1,Housework,NEUTRAL,2,,,11,5.27,",
            "P1,Walking,LOW_IMPACT,9,5.17,0.87,11,5.27,-0.11"),
        Files.readAllLines(out.resolve("activity_comparison.csv"), StandardCharsets.UTF_8));

    JsonNode patient =
        new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("patients").get(0);
    JsonNode walking = patient.get("next_day_pain_by_activity").get(3);
    assertEquals("Walking", walking.get("activity").asText());
    assertEquals(9, walking.get("next_day_pain").get("days").asInt());
    assertEquals(31.0 / 6, walking.get("next_day_pain").get("mean").asDouble(), 1e-15);
    JsonNode adjusted = patient.get("adjusted").get("activities");
    assertEquals(4, adjusted.size());
    assertEquals("Walking", adjusted.get(3).get("activity").asText());
    assertEquals(9, adjusted.get(3).get("days").asInt());
    // R (see analysis.MatchedNamesTest): coef(lm(y ~ W + G + O + p))["W"]
    assertEquals(-0.091186876809262907, adjusted.get(3).get("estimate").asDouble(), 1e-9);

    String page = Files.readString(out.resolve("patients/P1.html"), StandardCharsets.UTF_8);
    // One row per activity in each of the two per-activity tables (adjusted and unadjusted).
    assertEquals(2, count(page, "<td>Walking</td>"), page);
    assertEquals(2, count(page, "<td>Golf</td>"), page);
    assertFalse(page.contains("<td>Walk</td>"), page);
    assertFalse(page.contains("HKWorkoutActivityTypeWalking</td>"), page);
    // The list of flagged days keeps the name as logged: one row per golf day.
    assertEquals(5, count(page, "<td>golf</td>"), page);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
