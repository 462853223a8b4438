package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.pipeline.CohortRun;
import org.rehabprogress.pipeline.ToolVersion;

/**
 * {@code rehab cohort} end to end over the fixture folder {@code fixtures/cohort/clinic} (26
 * synthetic patients over 70 days, a patients.csv patient with no entry and one whose
 * treatment_start is after the last entry): golden tables and cohort.json at two thresholds, exit
 * codes and the terminal summary.
 */
class CohortCommandTest {

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(CohortCommandTest.class.getResource("/fixtures/cohort/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Run cohort(Path out, String... more) {
    String[] args = new String[6 + more.length];
    args[0] = "cohort";
    args[1] = "--in";
    args[2] = fixture("clinic").toString();
    args[3] = "--out";
    args[4] = out.toString();
    args[5] = "--as-of=2026-11-01";
    System.arraycopy(more, 0, args, 6, more.length);
    return Run.of(args);
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void assertGolden(Path expected, Path out, String file) throws Exception {
    String want = read(expected.resolve(file)).replace("@VERSION@", ToolVersion.get());
    assertEquals(want, read(out.resolve(file)), file);
  }

  @Test
  void writesTheGoldenTablesAtTheDefaultThreshold() throws Exception {
    Path out = dir.resolve("cohort");
    Run run = cohort(out, "--per-patient");
    assertEquals(0, run.exit(), run.err());
    Path expected = fixture("expected-min-cell-11");
    for (String file :
        new String[] {
          "per_patient.csv",
          "responders_by_site.csv",
          "activity_effects.csv",
          "activity_effects_unadjusted.csv",
          "trajectories.csv",
          "outcome_panel.csv",
          "cohort.json"
        }) {
      assertGolden(expected, out, file);
    }
    try (var files = Files.list(out)) {
      assertEquals(
          CohortRun.FILES.stream()
              .filter(f -> !f.equals("subgroups.csv") && !f.equals("day_pairs.csv"))
              .sorted()
              .toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void writesTheGoldenTablesAtALowerThreshold() throws Exception {
    Path out = dir.resolve("cohort");
    assertEquals(0, cohort(out, "--min-cell", "5", "--quiet").exit());
    Path expected = fixture("expected-min-cell-5");
    for (String file :
        new String[] {
          "responders_by_site.csv",
          "activity_effects.csv",
          "activity_effects_unadjusted.csv",
          "trajectories.csv",
          "outcome_panel.csv",
          "cohort.json"
        }) {
      assertGolden(expected, out, file);
    }
  }

  @Test
  void printsTheLedgerAndTheSummary() {
    Run run = cohort(dir.resolve("cohort"), "--min-cell", "5");
    assertEquals(
        String.join(
            "\n",
            "file             rows read    accepted    rejected  duplicates",
            "activities.csv        4739        4736           2           1",
            "symptoms.csv          2369        2364           4           1",
            "patients.csv            28          28           0           0",
            "events.csv              66          66           0           0",
            "6 rejected rows left out; rehab validate --rejects FILE lists them.",
            "Cohort: 28 patients in the cohort, 26 analysed, <5 without an analysis (no entry,"
                + " or a treatment_start after the last entry)",
            "Responders: 9 of 24 improved (37.5%, 95% CI 21.2% to 57.3%) with enough data",
            "Responders (intention to treat): 9 of 28 improved (32.1%, 95% CI 17.9% to 50.7%)",
            // R: metafor::rma(yi, sei = se, method = "REML") over the 21 per-patient estimates
            // (fixtures/cohort/adjusted-reference.R; CohortAgreesWithRTest holds the digits)
            "Adjusted within patients, pooled: after a day with a flagged activity, next-day pain"
                + " was 1.81 points higher (95% CI 1.52 to 2.10) than after a day with a"
                + " low-impact activity, at the same pain that day; p < 0.0001, 21 patients,"
                + " random-effects pooling (REML), tau\u00b2 = 0.2187, I\u00b2 = 53.5%",
            // R: wilcox.test(choice, conf.int = TRUE): estimate -0.1730, 95% CI -0.3644 to 0.0387
            "Choice check: flagged activities were done on days with 0.17 points less pain than"
                + " other days (Hodges-Lehmann estimate across 22 patients, 95% CI -0.36 to 0.04,"
                + " p = 0.1129)",
            "Unadjusted flagged minus low-impact next-day pain: 1.50 points (95% CI 1.27 to"
                + " 1.73), p < 0.0001, n = 23, V = 276 (Wilcoxon signed-rank test, exact);"
                + " associations in diaries, not effects of the activity",
            "Figures from fewer than 5 patients show as <5; figures that would reveal one show as"
                + " suppressed",
            "Wrote " + dir.resolve("cohort"),
            ""),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void aSmallResponderCountShowsNowhereAtTheDefaultThreshold() throws Exception {
    // 9 of the 24 patients with enough data improved: fewer than 11.
    Path out = dir.resolve("cohort");
    Run run = cohort(out);
    assertTrue(
        run.out().contains("Responders: <11 of 24 improved (<11, 95% CI <11 to <11)"), run.out());
    assertFalse(run.out().contains("9 of"), run.out());
    String json = read(out.resolve("cohort.json"));
    assertTrue(
        json.contains(
            "\"responders\": {\n"
                + "    \"ci_high\": null,\n"
                + "    \"ci_high_suppressed\": \"small\",\n"
                + "    \"ci_low\": null,\n"
                + "    \"ci_low_suppressed\": \"small\",\n"
                + "    \"improved\": null,\n"
                + "    \"improved_suppressed\": \"small\",\n"
                + "    \"n\": 24,\n"
                + "    \"share\": null,\n"
                + "    \"share_suppressed\": \"small\"\n"
                + "  }"),
        json);
    assertFalse(json.contains("\"improved\": 9"), json);
    assertFalse(json.contains("0.375"), json); // 9 / 24
    String html = read(out.resolve("cohort.html"));
    assertTrue(html.contains("&lt;11 of 24 improved (&lt;11, 95% CI &lt;11 to &lt;11)"), html);
    assertFalse(html.contains("9 of 24"), "no share in words");
    assertFalse(html.contains("37.5%"), "no share in percent");
    assertFalse(html.contains("at or below -30 %;"), "no count under the waterfall");
    for (String csv : new String[] {"responders_by_site.csv", "activity_effects.csv"}) {
      assertFalse(read(out.resolve(csv)).contains(",9,"), csv);
    }
  }

  @Test
  void thePageSaysTheseAreAssociationsBesideTheFigures() throws Exception {
    Path out = dir.resolve("cohort");
    cohort(out, "--quiet");
    String html = read(out.resolve("cohort.html"));
    assertTrue(
        html.contains(
            "This is an association in observational diaries, not an effect of the activity:"
                + " patients choose activities by how they feel."),
        html);
    assertTrue(
        html.contains(
            "The folder holds only figures across patients (rehab cohort --per-patient adds"
                + " per_patient.csv and the waterfall chart)."),
        html);
    assertFalse(html.contains("Pain change per patient"), "no waterfall without --per-patient");
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<svg"), "inline charts");
  }

  @Test
  void thePageLeadsWithTheAdjustedFigureThenTheChoiceCheckThenTheUnadjustedOnes() throws Exception {
    Path out = dir.resolve("cohort");
    cohort(out, "--quiet", "--min-cell", "5");
    String html = read(out.resolve("cohort.html"));
    // R: rma(yi, sei = se, method = "REML") gives 1.8112 (1.5193 to 2.1031), tau^2 0.21874,
    // I^2 53.494 (fixtures/cohort/adjusted-reference.R)
    String adjusted =
        "After a day with a flagged activity, next-day pain was 1.81 points higher (95% CI 1.52"
            + " to 2.10) than after a day with a low-impact activity, at the same pain that day.";
    String detail =
        "p &lt; 0.0001, 21 patients, random-effects pooling (REML), tau\u00b2 = 0.2187, I\u00b2 ="
            + " 53.5%";
    // R: wilcox.test(choice, conf.int = TRUE) gives -0.1730 (-0.3644 to 0.0387), p 0.11287
    String choice =
        "Flagged activities were done on days with 0.17 points less pain than other days.";
    String choiceDetail =
        "Hodges-Lehmann estimate across 22 patients, 95% CI -0.36 to 0.04, p = 0.1129";
    String assumes =
        "They assume that the choice of activity depends on the pain recorded that day";
    for (String text : List.of(assumes, adjusted, detail, choice, choiceDetail)) {
      assertTrue(html.contains(text), text);
    }
    int forest = html.indexOf("<svg");
    int unadjusted = html.indexOf("<h2>Unadjusted comparisons</h2>");
    assertTrue(
        html.indexOf(assumes) < html.indexOf(adjusted)
            && html.indexOf(adjusted) < html.indexOf(choice)
            && html.indexOf(choice) < forest
            && forest < unadjusted
            && unadjusted < html.indexOf("1.50 points (95% CI 1.27 to 1.73)"),
        html);
  }

  @Test
  void writesPerPatientOutputsOnlyWhenAsked() throws Exception {
    Path shared = dir.resolve("shared");
    assertEquals(0, cohort(shared, "--quiet").exit());
    try (var files = Files.list(shared)) {
      assertEquals(
          CohortRun.FILES.stream()
              .filter(
                  f ->
                      !f.equals("per_patient.csv")
                          && !f.equals("subgroups.csv")
                          && !f.equals("day_pairs.csv"))
              .sorted()
              .toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String json = read(shared.resolve("cohort.json"));
    assertFalse(json.contains("patient_id"), "no per-patient list without --per-patient");
    assertTrue(json.contains("\"per_patient\": false"), json);
    Path own = dir.resolve("own");
    assertEquals(0, cohort(own, "--quiet", "--per-patient").exit());
    assertTrue(Files.exists(own.resolve("per_patient.csv")));
    String html = read(own.resolve("cohort.html"));
    assertTrue(html.contains("Pain change per patient"), "the waterfall with --per-patient");
    assertTrue(read(own.resolve("cohort.json")).contains("\"not_analysed_patients\": ["));
  }

  @Test
  void fromAndToBoundTheCohort() throws Exception {
    Path out = dir.resolve("cohort");
    Run run =
        cohort(
            out, "--from", "2026-08-30", "--to", "2026-10-15", "--min-cell", "1", "--per-patient");
    assertEquals(0, run.exit(), run.err());
    String json = read(out.resolve("cohort.json"));
    assertTrue(json.contains("\"from\": \"2026-08-30\""), json);
    assertTrue(json.contains("\"to\": \"2026-10-15\""), json);
    // Starts before 2026-08-30 (patients.csv): P0002, P0003, P0005, P0013, P0014, P0015, P0016,
    // P0022, P0023, P0024; after 2026-10-15: P0006, P0009, P0028. 28 - 13 = 15 in the cohort.
    assertTrue(json.contains("\"starts_before_from\": 10"), json);
    assertTrue(json.contains("\"starts_after_to\": 3"), json);
    assertTrue(json.contains("\"patients\": 15,"), json);
    String perPatient = read(out.resolve("per_patient.csv"));
    assertFalse(perPatient.contains("P0002,"), "starts 2026-04-11");
    assertTrue(perPatient.contains("P0001,"), "starts 2026-09-03");
  }

  @Test
  void anEarlierFolderSurvivesAFailedRun() throws Exception {
    Path out = dir.resolve("cohort");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "earlier run", StandardCharsets.UTF_8);
    Run run = Run.of("cohort", "--in", dir.resolve("missing").toString(), "--out", out.toString());
    assertEquals(4, run.exit());
    assertEquals("earlier run", read(out.resolve("keep.txt")));
  }

  @Test
  void strictRefusesRejectedRowsAndWritesNothing() {
    Path out = dir.resolve("cohort");
    Run run = cohort(out, "--strict");
    assertEquals(3, run.exit());
    assertTrue(
        run.err().startsWith("rehab: --strict: 6 rows were rejected; nothing written\n"),
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void rejectsAThresholdBelowOne() {
    Run run = cohort(dir.resolve("cohort"), "--min-cell", "0");
    assertEquals(2, run.exit());
    assertEquals("rehab: --min-cell must be 1 or more, got 0\n", run.err());
  }

  @Test
  void rejectsFromAfterTo() {
    Run run = cohort(dir.resolve("cohort"), "--from", "2026-10-01", "--to", "2026-09-01");
    assertEquals(2, run.exit());
    assertEquals("rehab: --from 2026-10-01 is after --to 2026-09-01\n", run.err());
  }

  @Test
  void rejectsADayThatIsNotADate() {
    Run run = cohort(dir.resolve("cohort"), "--from", "01/09/2026");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--from"), run.err());
  }

  @Test
  void aMissingInputFolderExitsFour() {
    Run run = Run.of("cohort", "--in", dir.resolve("none").toString(), "--out", dir.toString());
    assertEquals(4, run.exit());
    assertTrue(run.err().startsWith("rehab: "), run.err());
  }

  @Test
  void isRegisteredWithHelp() {
    Run run = Run.of("cohort", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("Usage: rehab cohort"), run.out());
    assertTrue(run.out().contains("--min-cell=N"), run.out());
  }
}
