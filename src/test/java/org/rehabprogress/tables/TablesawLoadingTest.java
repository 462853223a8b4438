package org.rehabprogress.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.cli.Main;

/**
 * Tablesaw is loaded only on the paths that need it (SPEC section 11): a report, a validate run or
 * a plain cohort run, in a JVM of its own with {@code -verbose:class}, loads no {@code
 * tech.tablesaw} class, and {@code rehab cohort --by} does (so that the check can fail).
 */
class TablesawLoadingTest {

  @TempDir Path dir;

  /** Returns the classes a run of rehab loaded, from a fresh JVM's -verbose:class lines. */
  private static List<String> loaded(String... args) throws IOException, InterruptedException {
    return loaded(0, args);
  }

  /** Returns the classes a run that ends with {@code exit} loaded. */
  private static List<String> loaded(int exit, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-verbose:class");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(exit, child.waitFor(), out);
    List<String> classes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      // [0.012s][info][class,load] tech.tablesaw.api.Table source: file:...
      int at = line.indexOf("[class,load] ");
      if (at >= 0) {
        classes.add(line.substring(at + "[class,load] ".length()).split(" ")[0]);
      }
    }
    assertTrue(classes.size() > 100, "-verbose:class lists the loaded classes");
    return classes;
  }

  private static boolean tablesaw(List<String> classes) {
    return classes.stream().anyMatch(c -> c.startsWith("tech.tablesaw."));
  }

  @Test
  void aReportLoadsNoTablesawClass() throws Exception {
    List<String> classes =
        loaded(
            "report",
            "--in",
            "sample-data",
            "--out",
            dir.resolve("report").toString(),
            "--as-of",
            "2026-11-20",
            "--quiet");
    assertTrue(classes.contains("org.rehabprogress.pipeline.ReportRun"), "the report ran");
    assertFalse(tablesaw(classes), "a report loads Tablesaw");
  }

  @Test
  void aValidateRunLoadsNoTablesawClass() throws Exception {
    List<String> classes =
        // The sample holds rejected rows on purpose: validate exits 3.
        loaded(
            3,
            "validate",
            "--in",
            "sample-data",
            "--rejects",
            dir.resolve("rejects.csv").toString(),
            "--quiet");
    assertTrue(classes.contains("org.rehabprogress.cli.ValidateCommand"), "validate ran");
    assertFalse(tablesaw(classes), "validate loads Tablesaw");
  }

  @Test
  void aPlainCohortRunLoadsNoTablesawClass() throws Exception {
    List<String> classes =
        loaded(
            "cohort",
            "--in",
            "sample-data",
            "--out",
            dir.resolve("cohort").toString(),
            "--per-patient",
            "--as-of",
            "2026-11-20",
            "--quiet");
    assertTrue(classes.contains("org.rehabprogress.pipeline.CohortRun"), "the cohort ran");
    assertFalse(tablesaw(classes), "a cohort run without --by loads Tablesaw");
    assertFalse(
        classes.stream().anyMatch(c -> c.startsWith("org.rehabprogress.tables.")),
        "nor the package behind which it sits");
  }

  @Test
  void aCohortRunWithSubgroupsLoadsTablesaw() throws Exception {
    List<String> classes =
        loaded(
            "cohort",
            "--in",
            "sample-data",
            "--out",
            dir.resolve("by").toString(),
            "--by",
            "sex",
            "--as-of",
            "2026-11-20",
            "--quiet");
    assertTrue(classes.contains("tech.tablesaw.api.Table"), "the check can see Tablesaw");
    assertTrue(Files.exists(dir.resolve("by").resolve("subgroups.csv")));
  }
}
