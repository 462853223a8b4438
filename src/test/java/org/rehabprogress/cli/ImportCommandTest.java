package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.importer.ImportFixtures;
import org.rehabprogress.importer.Importers;
import picocli.CommandLine;

class ImportCommandTest {

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private String firstErrLine() {
    return err.toString().lines().findFirst().orElse("");
  }

  @Test
  void importsAnAppleHealthExportAndPrintsItsLedger() throws Exception {
    Path source = ImportFixtures.path("apple-health/export.xml");
    Path folder = temp.resolve("canonical");

    int code =
        run(
            "import",
            "apple-health",
            source.toString(),
            "--out",
            folder.toString(),
            "--patient-id",
            "anna");

    assertEquals(0, code, err.toString());
    assertEquals(
        "imported apple-health "
            + source
            + " into "
            + folder
            + "\n"
            + "  patients: 1 (anna)\n"
            // 8 rows + 5 sleep records folded into nights; 27 = 13 + 5 + 9 + 0
            + "  records: 27 read = 13 imported + 5 rejected + 9 skipped + 0 duplicates\n"
            + "  activities.csv: 5 added, 0 duplicates\n"
            + "  symptoms.csv: 3 added, 0 duplicates\n"
            + "  rejects.csv: 5 added, 0 duplicates\n"
            + "  skipped:\n"
            + "    2 HKCategoryValueSleepAnalysisAwake: awake time is not sleep\n"
            + "    2 HKQuantityTypeIdentifierStepCount: not a measure rehab follows\n"
            + "    1 ActivitySummary: daily ring totals have no activity type\n"
            + "    1 HKCategoryValueSleepAnalysisInBed: in-bed time is not sleep\n"
            + "    1 HKClinicalTypeIdentifierLabResultRecord: not a measure rehab follows\n"
            + "    1 HKCorrelationTypeIdentifierBloodPressure: not a measure rehab follows\n"
            + "    1 HKQuantityTypeIdentifierHeartRate: not a measure rehab follows\n"
            + "  rejected (all in "
            + folder.resolve("rejects.csv")
            + "):\n"
            + "    export.xml, line 41: durationUnit \"furlong\" is not recognised; expected min,"
            + " s or hr\n"
            + "    export.xml, line 42: duration 3000 min is out of range; duration_min is above 0"
            + " and at most 1440 minutes (24 hours)\n"
            + "    export.xml, line 43: startDate \"03/04/2026 10:00\" is not a date-time;"
            + " expected yyyy-MM-dd HH:mm:ss +hhmm\n"
            + "    export.xml, line 57: sleep value \"HKCategoryValueSleepAnalysisDreaming\" is"
            + " not recognised; expected HKCategoryValueSleepAnalysisAsleep (or"
            + " AsleepUnspecified, AsleepCore, AsleepDeep, AsleepREM), InBed or Awake\n"
            + "    export.xml, line 58: endDate \"tomorrow\" is not a date-time; expected"
            + " yyyy-MM-dd HH:mm:ss +hhmm\n",
        out.toString().replace(System.lineSeparator(), "\n"));
    assertEquals(
        "patient_id,date,pain,leg_pain,anxiety,gad7,sleep_hours,sleep_quality,peg,odi,pgic,notes\n"
            + "anna,2026-03-02,,,,,8,,,,,\n"
            + "anna,2026-03-03,,,,,7,,,,,\n"
            + "anna,2026-03-04,,,,,6.75,,,,,\n",
        Files.readString(folder.resolve("symptoms.csv")));
  }

  @Test
  void countsASecondImportOfTheSameExportAsDuplicates() {
    String source = ImportFixtures.path("fitbit/people").toString();
    String folder = temp.resolve("canonical").toString();
    assertEquals(0, run("import", "fitbit", source, "--out", folder));
    out.getBuffer().setLength(0);

    assertEquals(0, run("import", "fitbit", source, "--out", folder));

    List<String> lines = out.toString().lines().toList();
    // 18 read: 9 rows now duplicates, and the nap folded into one of them is a duplicate too
    // (10 records), 4 rejected, 4 skipped; nothing imported (SPEC section 7).
    assertEquals(
        List.of(
            "  patients: 2 (p01, p02)",
            "  records: 18 read = 0 imported + 4 rejected + 4 skipped + 10 duplicates",
            "  activities.csv: 0 added, 4 duplicates",
            "  symptoms.csv: 0 added, 5 duplicates",
            "  rejects.csv: 0 added, 4 duplicates"),
        lines.subList(1, 6));
  }

  @Test
  void countsTheFoldedRatingsOfAReimportedDiaryAsDuplicates() {
    String source = ImportFixtures.path("bearable/diary-2022.csv").toString();
    String folder = temp.resolve("canonical").toString();
    assertEquals(0, run("import", "bearable", source, "--out", folder, "--patient-id", "kim"));
    assertEquals(
        "  records: 10 read = 8 imported + 1 rejected + 1 skipped + 0 duplicates",
        out.toString().lines().toList().get(2));
    out.getBuffer().setLength(0);

    assertEquals(0, run("import", "bearable", source, "--out", folder, "--patient-id", "kim"));

    // 6 rows, two of them made of 2 records (the night with its nap, sciatica with leg pain):
    // all 8 records are duplicates, none imported (SPEC section 7).
    assertEquals(
        List.of(
            "  records: 10 read = 0 imported + 1 rejected + 1 skipped + 8 duplicates",
            "  activities.csv: 0 added, 0 duplicates",
            "  symptoms.csv: 0 added, 3 duplicates",
            "  events.csv: 0 added, 3 duplicates"),
        out.toString().lines().toList().subList(2, 6));
  }

  @Test
  void listsTheFormatsInItsHelp() {
    assertEquals(0, run("import", "--help"));
    // The help wraps lines: the format list is checked with line breaks and indents removed.
    String help = out.toString().replaceAll("\\s+", " ");
    assertTrue(
        help.contains("FORMAT the export's format: " + String.join(", ", Importers.names())), help);
    assertTrue(help.contains("--pain-symptoms=LIST"), help);
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheFormats() {
    assertEquals(2, run("import", "garmn", "x.csv", "--out", temp.toString()));
    assertEquals(
        "rehab: unknown format \"garmn\"; use one of: " + String.join(", ", Importers.names()),
        firstErrLine());
  }

  @Test
  void aBadPatientIdIsAUsageError() {
    Path folder = temp.resolve("canonical");
    String source = ImportFixtures.path("apple-health/export.xml").toString();
    assertEquals(
        2,
        run("import", "apple-health", source, "--out", folder.toString(), "--patient-id", "a b"));
    assertEquals(
        "rehab: --patient-id \"a b\" is not a valid patient id; use 1-64 letters, digits, '.', '_'"
            + " or '-'",
        firstErrLine());
    assertTrue(Files.notExists(folder));
  }

  @Test
  void onePatientIdForSeveralPeopleIsAUsageError() {
    Path people = ImportFixtures.path("fitbit/people");
    Path folder = temp.resolve("canonical");
    assertEquals(
        2,
        run(
            "import",
            "fitbit",
            people.toString(),
            "--out",
            folder.toString(),
            "--patient-id",
            "z"));
    assertEquals(
        "rehab: --patient-id names one patient but "
            + people
            + " holds 2 people's folders; leave --patient-id out to use the folder names",
        firstErrLine());
    assertTrue(Files.notExists(folder));
  }

  @Test
  void aVendorsDefaultFileNameWithoutAPatientIdIsAUsageError() {
    Path folder = temp.resolve("canonical");
    String source = ImportFixtures.path("apple-health/export.xml").toString();

    assertEquals(2, run("import", "apple-health", source, "--out", folder.toString()));

    assertEquals(
        "rehab: \"export.xml\" is the name the Health app gives every export, so it does not say"
            + " whose data this is; name the patient with --patient-id ID",
        firstErrLine());
    assertTrue(Files.notExists(folder));
  }

  @Test
  void aZoneThatIsNotOneIsAUsageError() {
    Path folder = temp.resolve("canonical");
    String source = ImportFixtures.path("strava/activities.csv").toString();

    assertEquals(
        2,
        run(
            "import",
            "strava",
            source,
            "--out",
            folder.toString(),
            "--patient-id",
            "p1",
            "--zone",
            "Mars/Olympus"));

    assertEquals(
        "rehab: --zone \"Mars/Olympus\" is not a time zone; use an IANA name such as"
            + " Europe/London, or"
            + " UTC",
        firstErrLine());
    assertTrue(Files.notExists(folder));
  }

  @Test
  void datesStravasUtcTimesInTheZoneGiven() throws Exception {
    Path folder = temp.resolve("canonical");
    String source = ImportFixtures.path("strava/activities.csv").toString();

    assertEquals(
        0,
        run(
            "import",
            "strava",
            source,
            "--out",
            folder.toString(),
            "--patient-id",
            "p1",
            "--zone",
            "America/Los_Angeles"));

    // Oct 6, 2022, 11:19:20 PM UTC is 4:19 PM on Oct 6 in Los Angeles; Jan 1, 2023, 12:05 AM UTC
    // is 4:05 PM on Dec 31.
    List<String> lines = Files.readAllLines(folder.resolve("activities.csv"));
    assertEquals("p1,2022-10-06,Run,45,,Evening Run", lines.get(1));
    assertEquals("p1,2022-12-31,Walk,25,,New Year walk", lines.get(5));
  }

  @Test
  void aMissingSourceExitsFourWithOneLine() {
    Path source = temp.resolve("export.xml");
    assertEquals(
        4,
        run(
            "import",
            "apple-health",
            source.toString(),
            "--out",
            temp.resolve("o").toString(),
            "--patient-id",
            "anna"));
    assertEquals(
        "rehab: "
            + source
            + ":0: file not found; name the export.xml or export.zip the Health app wrote"
            + " (Profile > Export All Health Data)\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aCutOffExportLeavesTheEarlierFolderByteIdentical() throws Exception {
    Path folder = temp.resolve("canonical");
    String good = ImportFixtures.path("apple-health/export.xml").toString();
    assertEquals(
        0, run("import", "apple-health", good, "--out", folder.toString(), "--patient-id", "anna"));
    Map<String, String> before = ImportFixtures.snapshot(folder);
    Path truncated = ImportFixtures.path("apple-health/truncated.xml");

    int code = run("import", "apple-health", truncated.toString(), "--out", folder.toString());

    assertEquals(4, code);
    assertEquals(
        "rehab: "
            + truncated
            + ":36: malformed XML: XML document structures must start and end within the same"
            + " entity; export the data again from the Health app (a cut-off or edited export"
            + " cannot be read)",
        firstErrLine());
    assertEquals(before, ImportFixtures.snapshot(folder));
    assertEquals(List.of("canonical"), ImportFixtures.names(temp));
  }

  @Test
  void aFolderThatCannotTakeTheImportExitsFourAndIsLeftAsItWas() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("canonical"));
    Files.writeString(folder.resolve("activities.csv"), "patient_id,date,activity\n");
    Files.writeString(folder.resolve("symptoms.csv"), "patient_id,date,pain\nbob,2026-01-01,3\n");
    Map<String, String> before = ImportFixtures.snapshot(folder);
    String source = ImportFixtures.path("fitbit/fitabase").toString();

    assertEquals(4, run("import", "fitbit", source, "--out", folder.toString()));
    assertEquals(
        "rehab: "
            + folder.resolve("symptoms.csv")
            + ":1: the header has no column sleep_hours, which this import fills; add the column"
            + " to the header (an empty cell is a missing value) or import into another folder",
        firstErrLine());
    assertEquals(before, ImportFixtures.snapshot(folder));
    assertEquals(List.of("canonical"), ImportFixtures.names(temp));
  }

  @Test
  void showsTheFirstFiveRejectsOfMore() throws Exception {
    Path source = Files.createDirectory(temp.resolve("p01"));
    Files.writeString(source.resolve("sleep.json"), "[1, 2, 3, 4, 5, 6]");
    Path folder = temp.resolve("canonical");

    assertEquals(0, run("import", "fitbit", source.toString(), "--out", folder.toString()));

    List<String> lines = out.toString().lines().toList();
    assertEquals(
        "  rejected (first 5 of 6; all in " + folder.resolve("rejects.csv") + "):", lines.get(6));
    assertEquals("    sleep.json, entry 5: the entry is not a JSON object", lines.get(11));
    assertEquals(12, lines.size());
  }
}
