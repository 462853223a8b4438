package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;
import picocli.CommandLine;

/**
 * Imports the real exports of {@code ../shared/realdata} (never copied into the project); each test
 * is skipped when its folder is absent. The expected counts were established independently of
 * rehab, with Python over the source files, as written beside each assertion.
 */
class RealDataImportTest {

  private static final Path REAL = ProjectRoot.realData();

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static Path real(String relative) {
    Path path = REAL.resolve(relative);
    assumeTrue(Files.exists(path), "real data absent: " + path);
    return path;
  }

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private List<String> ledger() {
    return out.toString().lines().toList();
  }

  private static long dataRows(Path file) throws Exception {
    try (var lines = Files.lines(file)) {
      return lines.count() - 1;
    }
  }

  @Test
  void importsTheAppleHealthExport() throws Exception {
    Path source = real("apple-health/export.xml");
    Path folder = temp.resolve("out");

    assertEquals(
        0,
        run(
            "import",
            "apple-health",
            source.toString(),
            "--out",
            folder.toString(),
            "--patient-id",
            "export"));

    // ElementTree over export.xml: 10,939 top-level Record + 61 Workout + 34 Correlation = 11,034
    // (162 Records nested in Correlations repeat top-level ones). Imported: 61 workouts and the
    // 107 records valued HKCategoryValueSleepAnalysisAsleep; skipped: 10,818 other Records,
    // 12 InBed, 2 Awake, 34 Correlations.
    assertEquals(
        "  records: 11,034 read = 168 imported + 0 rejected + 10,866 skipped + 0 duplicates",
        ledger().get(2));
    assertEquals(
        "    3,980 HKQuantityTypeIdentifierStepCount: not a measure rehab follows",
        ledger().get(7));
    assertEquals(61, dataRows(folder.resolve("activities.csv")));
    // The 107 asleep intervals sorted, joined where they overlap or touch, each joined stretch
    // dated by its end in its own offset: 63 wake-up dates.
    assertEquals(63, dataRows(folder.resolve("symptoms.csv")));
    // 2017-07-18: the union of overlapping app records is 7.3622 h (their plain sum: 34.4225 h).
    assertTrue(
        Files.readAllLines(folder.resolve("symptoms.csv"))
            .contains("export,2017-07-18,,,,,7.3622,,,,,"));
  }

  @Test
  void refusesTheTruncatedAppleHealthExport() {
    Path source = real("apple-health/export-truncated.xml");
    Path folder = temp.resolve("out");

    assertEquals(
        4,
        run(
            "import",
            "apple-health",
            source.toString(),
            "--out",
            folder.toString(),
            "--patient-id",
            "hk"));

    // Python's expat reports "mismatched tag: line 153": a stray </Record> there.
    assertEquals(
        "rehab: "
            + source
            + ":153: malformed XML: The element type \"HealthData\" must be terminated by the"
            + " matching end-tag \"</HealthData>\"; export the data again from the Health app (a"
            + " cut-off or edited export cannot be read)",
        err.toString().lines().findFirst().orElse(""));
    assertTrue(Files.notExists(folder));
    assertEquals(List.of(), List.of(temp.toFile().list()));
  }

  @Test
  void importsThePmDataFitbitExports() throws Exception {
    Path source = real("fitbit-export-pmdata");
    Path folder = temp.resolve("out");

    assertEquals(
        0, run("import", "fitbit", source.toString(), "--out", folder.toString(), "--zone", "UTC"));

    // json.load per person: exercise 190 + 324 + 57 + 161 = 732 records, all with activityName,
    // startTime and a positive activeDuration; sleep 155 + 158 + 84 + 188 = 585 records, of which
    // 19 repeat a logId (5 + 5 + 3 + 6), leaving 150 + 142 + 78 + 144 = 514 dateOfSleep values;
    // wellness.csv 138 + 99 + 82 + 145 = 464 rows, all with sleep_quality 1-5, of which 4 (p03)
    // repeat the date and quality of another; srpe.csv 34 + 97 + 2 + 85 = 218 rows.
    // Read 732 + 585 + 464 + 218 = 1,999; imported 732 + 566 + 460; skipped 218 + 19.
    assertEquals(
        List.of(
            "  patients: 4 (p01, p02, p03, p04)",
            "  records: 1,999 read = 1,758 imported + 0 rejected + 237 skipped + 4 duplicates",
            "  activities.csv: 732 added, 0 duplicates",
            "  symptoms.csv: 974 added, 4 duplicates",
            "  rejects.csv: 0 added, 0 duplicates"),
        ledger().subList(1, 6));
    assertEquals(732, dataRows(folder.resolve("activities.csv")));
    assertEquals(514 + 460, dataRows(folder.resolve("symptoms.csv")));
  }

  @Test
  void importsTheFitabaseCsvs() throws Exception {
    Path source = real("fitbit-fitabase");
    Path folder = temp.resolve("out");

    assertEquals(0, run("import", "fitbit", source.toString(), "--out", folder.toString()));

    // csv.DictReader: sleepDay_merged.csv 413 rows, 410 distinct (3 exact repeats), 24 Ids;
    // dailyActivity_merged.csv and dailyIntensities_merged.csv 940 rows each, 33 Ids.
    assertEquals(
        List.of(
            "  patients: 24 (1503960366, 1644430081, 1844505072, 1927972279, 2026352035, and 19"
                + " more)",
            "  records: 2,293 read = 410 imported + 0 rejected + 1,880 skipped + 3 duplicates",
            "  activities.csv: 0 added, 0 duplicates",
            "  symptoms.csv: 410 added, 3 duplicates",
            "  rejects.csv: 0 added, 0 duplicates",
            "  skipped:",
            "    940 dailyActivity_merged.csv: daily intensity minutes have no activity type",
            "    940 dailyIntensities_merged.csv: daily intensity minutes have no activity type"),
        ledger().subList(1, 9));
    assertEquals(410, dataRows(folder.resolve("symptoms.csv")));
  }
}
