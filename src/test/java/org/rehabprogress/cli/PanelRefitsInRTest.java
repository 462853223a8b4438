package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;

/**
 * The panel of {@code rehab cohort --per-patient --panel} refits in R (SPEC section 11): on
 * day_pairs.csv alone, {@code lm} per patient and {@code metafor::rma} give cohort.json's pooled
 * adjusted effect, and the README's {@code lme4::lmer} call prints what the README shows. Runs R
 * ({@code Rscript} with lme4 and metafor); skipped where R is not installed.
 */
class PanelRefitsInRTest {

  @TempDir static Path dir;

  private static Path out;

  @BeforeAll
  static void run() {
    out = dir.resolve("cohort");
    Run run =
        Run.of(
            "cohort",
            "--in",
            ProjectRoot.sampleData().toString(),
            "--out",
            out.toString(),
            "--per-patient",
            "--panel",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
  }

  /** Runs an R script in the output folder and returns what it prints on stdout. */
  private static String rscript(Path script) throws Exception {
    Process p;
    try {
      p =
          new ProcessBuilder("Rscript", script.toString())
              .directory(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "Rscript is not installed");
      throw e;
    }
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Rscript finished");
    assumeTrue(p.exitValue() == 0, "R without lme4 or metafor");
    return stdout;
  }

  @Test
  void perPatientModelsOnThePanelPoolToCohortJson() throws Exception {
    Path script =
        Path.of(getClass().getResource("/fixtures/panel/per-patient.R").toURI()).toAbsolutePath();
    // R: per-patient lm(y ~ F + L + O + p) on day_pairs.csv, then
    // rma(yi = est, sei = se, method = "REML"); printed as k, estimate, se, tau2.
    String[] r = rscript(script).trim().split(" ");
    JsonNode adjusted =
        new ObjectMapper()
            .readTree(out.resolve("cohort.json").toFile())
            .get("activity_effect_adjusted");
    assertEquals(adjusted.get("n").asInt(), Integer.parseInt(r[0]), "patients pooled");
    // metafor's REML stops at a change of 1e-5 in tau^2, as rehab does, at the same step.
    assertEquals(adjusted.get("estimate").asDouble(), Double.parseDouble(r[1]), 1e-9);
    assertEquals(adjusted.get("se").asDouble(), Double.parseDouble(r[2]), 1e-9);
    assertEquals(adjusted.get("tau2").asDouble(), Double.parseDouble(r[3]), 1e-9);
  }

  @Test
  void readmesLmerCallPrintsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(ProjectRoot.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("### The day-pair panel in R");
    assertTrue(section > 0, "the README's panel section");
    int code = readme.indexOf("```r\n", section) + "```r\n".length();
    String call = readme.substring(code, readme.indexOf("```\n", code));
    assertTrue(call.contains("lmer(y ~ F + L + O + p + (1 + F + L | patient_id)"), call);
    int shown = readme.indexOf("```\n", readme.indexOf("which prints", code)) + "```\n".length();
    String expected = readme.substring(shown, readme.indexOf("```\n", shown));
    Path script = dir.resolve("lmer.R");
    Files.writeString(script, call, StandardCharsets.UTF_8);
    assertEquals(stripped(expected), stripped(rscript(script)));
  }

  /** R pads its printed vectors with trailing spaces; a README line has none. */
  private static String stripped(String text) {
    List<String> lines = Arrays.stream(text.split("\n")).map(String::stripTrailing).toList();
    return lines.stream().collect(Collectors.joining("\n")).strip();
  }
}
