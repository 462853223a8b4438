package org.rehabprogress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package maps hold: no forbidden arrow between packages, each library behind its door. */
class ArchitectureTest {

  private static final Path MAIN = ProjectRoot.resolve("src", "main", "java");

  private static Architecture.Source source(String pkg, String... names) {
    return new Architecture.Source(pkg.replace('.', '/') + "/X.java", pkg, Set.of(names));
  }

  @Test
  void mainSourcesKeepThePackageMaps() {
    List<Architecture.Source> sources = Architecture.read(MAIN);
    assertTrue(sources.size() > 300, "read only " + sources.size() + " files");
    assertEquals(List.of(), Architecture.violations(sources));
  }

  @Test
  void everyPackageHasAMap() throws IOException {
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> dirs = Files.walk(MAIN.resolve("org/rehabprogress"))) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasSources;
        try (Stream<Path> files = Files.list(dir)) {
          hasSources = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (hasSources && !Files.isRegularFile(dir.resolve("package-info.java"))) {
          missing.add(MAIN.relativize(dir).toString());
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void failsOnEachForbiddenArrow() {
    List<Architecture.Source> bad = new ArrayList<>();
    bad.add(source("org.rehabprogress.analysis", "org.rehabprogress.ingest.CanonicalReader"));
    bad.add(source("org.rehabprogress.stats", "org.rehabprogress.report.CsvCells"));
    bad.add(source("org.rehabprogress.cohort", "org.rehabprogress.cli.Main"));
    bad.add(source("org.rehabprogress.cohort", "org.rehabprogress.chart.Charts"));
    bad.add(source("org.rehabprogress.ingest", "org.rehabprogress.spark.SparkJob"));
    bad.add(source("org.rehabprogress.privacy", "org.rehabprogress.importer.CanonicalFolder"));
    bad.add(source("org.rehabprogress.ingest.bytes", "org.rehabprogress.ingest.Piece"));
    bad.add(source("org.rehabprogress.canonical", "org.rehabprogress.ingest.Dates"));
    bad.add(source("org.rehabprogress.report", "picocli.CommandLine"));
    bad.add(source("org.rehabprogress.analysis", "org.jfree.chart.JFreeChart"));
    bad.add(source("org.rehabprogress.report", "org.apache.spark.sql.Dataset"));
    bad.add(source("org.rehabprogress.pipeline", "tech.tablesaw.api.Table"));
    bad.add(source("org.rehabprogress.tables", "org.rehabprogress.cli.CohortBounds"));
    bad.add(source("org.rehabprogress.tables", "org.rehabprogress.pipeline.CohortRun"));
    bad.add(source("org.rehabprogress.newthing", "java.util.List"));
    assertEquals(
        List.of(
            "org/rehabprogress/analysis/X.java: pure analysis uses I/O package ingest:"
                + " org.rehabprogress.ingest.CanonicalReader",
            "org/rehabprogress/stats/X.java: pure stats uses I/O package report:"
                + " org.rehabprogress.report.CsvCells",
            "org/rehabprogress/cohort/X.java: nothing imports cli: org.rehabprogress.cli.Main",
            "org/rehabprogress/cohort/X.java: pure cohort uses I/O package chart:"
                + " org.rehabprogress.chart.Charts",
            "org/rehabprogress/ingest/X.java: the main code uses the Spark job:"
                + " org.rehabprogress.spark.SparkJob",
            "org/rehabprogress/privacy/X.java: privacy uses importer:"
                + " org.rehabprogress.importer.CanonicalFolder",
            "org/rehabprogress/ingest/bytes/X.java: ingest.bytes may not use ingest:"
                + " org.rehabprogress.ingest.Piece",
            "org/rehabprogress/canonical/X.java: canonical may not use ingest:"
                + " org.rehabprogress.ingest.Dates",
            "org/rehabprogress/report/X.java: picocli outside its door: picocli.CommandLine",
            "org/rehabprogress/analysis/X.java: org.jfree outside its door:"
                + " org.jfree.chart.JFreeChart",
            "org/rehabprogress/report/X.java: org.apache.spark outside its door:"
                + " org.apache.spark.sql.Dataset",
            "org/rehabprogress/pipeline/X.java: tech.tablesaw outside its door:"
                + " tech.tablesaw.api.Table",
            "org/rehabprogress/tables/X.java: nothing imports cli:"
                + " org.rehabprogress.cli.CohortBounds",
            "org/rehabprogress/tables/X.java: tables may not use pipeline:"
                + " org.rehabprogress.pipeline.CohortRun",
            "org/rehabprogress/newthing/X.java: package org.rehabprogress.newthing has no map in the"
                + " architecture"),
        Architecture.violations(bad));
  }

  @Test
  void letsThePureStagesReadTheDatasetIngestHandsOver() {
    List<Architecture.Source> good =
        List.of(
            source(
                "org.rehabprogress.analysis",
                "org.rehabprogress.ingest.SymptomLog",
                "org.rehabprogress.stats.TheilSen",
                "java.util.List"),
            source("org.rehabprogress.cohort", "org.rehabprogress.ingest.Dataset"),
            source("org.rehabprogress.ingest", "org.rehabprogress.ingest.bytes.CsvFile"),
            // The researchers' entry point reads rehab cohort's options with cli's own class.
            source(
                "org.rehabprogress.api",
                "org.rehabprogress.cli.CohortBounds",
                "picocli.CommandLine",
                "tech.tablesaw.api.Table"));
    assertEquals(List.of(), Architecture.violations(good));
  }

  @Test
  void readsNamesInCodeAndNotInCommentsOrText() {
    Architecture.Source source =
        Architecture.parse(
            "A.java",
            "package org.rehabprogress.stats;\n"
                + "import static org.rehabprogress.stats.Round.format;\n"
                + "import java.util.List;\n"
                + "/** See {@link org.rehabprogress.report.CsvCells}. */\n"
                + "final class A {\n"
                + "  // org.rehabprogress.cli.Main would be wrong here\n"
                + "  String s = \"org.rehabprogress.spark.SparkJob\";\n"
                + "  org.rehabprogress.ingest.InputFolder folder;\n"
                + "}\n");
    assertEquals("org.rehabprogress.stats", source.pkg());
    assertEquals(
        Set.of(
            "org.rehabprogress.stats.Round.format",
            "java.util.List",
            "org.rehabprogress.ingest.InputFolder"),
        source.names());
    assertEquals(
        List.of("A.java: pure stats uses I/O package ingest: org.rehabprogress.ingest.InputFolder"),
        Architecture.violations(List.of(source)));
  }
}
