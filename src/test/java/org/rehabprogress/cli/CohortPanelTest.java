package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rehab cohort --panel} writes day_pairs.csv (SPEC section 11), only with --per-patient. */
class CohortPanelTest {

  @TempDir Path dir;

  private Path input() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("patients.csv"),
        "patient_id,treatment_start\nP1,2026-09-01\n-neg,2026-08-30\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("symptoms.csv"),
        "patient_id,date,pain\n"
            + "P1,2026-09-01,5\n"
            + "P1,2026-09-02,6\n"
            + "P1,2026-09-02,7\n"
            + "P1,2026-09-03,4\n"
            + "P1,2026-09-05,3\n"
            + "-neg,2026-09-01,2\n"
            + "-neg,2026-09-02,2.25\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("activities.csv"),
        "patient_id,date,activity,duration_min\n"
            + "P1,2026-09-01,walking,30\n"
            + "P1,2026-09-01,golf,45\n"
            + "P1,2026-09-02,swimming,20.5\n"
            + "P1,2026-09-03,housework,\n"
            + "-neg,2026-09-01,dancing,10\n",
        StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void writesOneRowPerDayPairWithDaysSinceStart() throws Exception {
    Path out = dir.resolve("cohort");
    Run run =
        Run.of(
            "cohort",
            "--in",
            input().toString(),
            "--out",
            out.toString(),
            "--per-patient",
            "--panel",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    // P1 (start 2026-09-01): d = 09-01 -> 09-02: p 5, y (6 + 7) / 2 = 6.5, walking and golf (F = L
    // = 1), 30 low-impact and 45 flagged minutes; d = 09-02 -> 09-03: p 6.5, y 4, swimming 20.5
    // minutes; 09-03 has no pair (09-04 has no pain), nor 09-04 (no pain that day). -neg (start
    // 2026-08-30, so 09-01 is day 2): p 2, y 2.25, dancing (NEUTRAL, O = 1) 10 minutes; its id
    // gets the ' that keeps a spreadsheet from reading a formula, as in per_patient.csv.
    assertEquals(
        "patient_id,day,p,y,F,L,O,low_impact_min,flagged_min,other_min\n"
            + "'-neg,2,2,2.25,0,0,1,0,0,10\n"
            + "P1,0,5,6.5,1,1,0,30,45,0\n"
            + "P1,1,6.5,4,0,1,0,20.5,0,0\n",
        Files.readString(out.resolve("day_pairs.csv"), StandardCharsets.UTF_8));
    String json = Files.readString(out.resolve("cohort.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"panel\": true"), json);
  }

  @Test
  void refusesThePanelWithoutPerPatient() throws Exception {
    Path out = dir.resolve("cohort");
    Run run = Run.of("cohort", "--in", input().toString(), "--out", out.toString(), "--panel");
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: --panel needs --per-patient: day_pairs.csv has one row per day pair of each"
            + " patient, so it belongs with per_patient.csv in a folder that is not shared as it"
            + " stands\n",
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void writesNoPanelUnlessAsked() throws Exception {
    Path out = dir.resolve("cohort");
    Run run =
        Run.of("cohort", "--in", input().toString(), "--out", out.toString(), "--per-patient");
    assertEquals(0, run.exit(), run.err());
    assertFalse(Files.exists(out.resolve("day_pairs.csv")));
    String json = Files.readString(out.resolve("cohort.json"), StandardCharsets.UTF_8);
    assertFalse(json.contains("\"panel\""), json);
  }
}
