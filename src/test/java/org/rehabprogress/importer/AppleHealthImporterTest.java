package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class AppleHealthImporterTest {

  private static final AppleHealthImporter IMPORTER = new AppleHealthImporter();
  private static final String DATE_TIME = "is not a date-time; expected yyyy-MM-dd HH:mm:ss +hhmm";

  @TempDir Path temp;

  static ImportBatch fixture() throws Exception {
    return IMPORTER.read(
        ImportFixtures.path("apple-health/export.xml"), ImportFixtures.options("anna"));
  }

  private static CanonicalRow.Activity workout(
      String day, String type, Double minutes, String start) {
    return new CanonicalRow.Activity(
        "anna", LocalDate.parse(day), "HKWorkoutActivityType" + type, minutes, null, start);
  }

  private static CanonicalRow.Symptom night(String day, double hours) {
    return new CanonicalRow.Symptom(
        "anna", LocalDate.parse(day), null, null, null, hours, null, null);
  }

  @Test
  void mapsWorkoutsWithTheirUnitsAndTheLocalDateOfTheirStart() throws Exception {
    assertEquals(
        List.of(
            workout("2026-03-01", "Swimming", 45.0, "start 10:00:00"),
            // 1800 s; 23:30 at -0500 is still March 1 in its own offset (March 2 in UTC).
            workout("2026-03-01", "Walking", 30.0, "start 23:30:00"),
            // 1.5 hr
            workout("2026-03-02", "Yoga", 90.0, "start 07:00:00"),
            // no duration attribute: 18:00:00 to 18:20:30
            workout("2026-03-02", "TraditionalStrengthTraining", 20.5, "start 18:00:00"),
            // duration 0: entered by hand without one, kept as an exposure with no minutes
            workout("2026-03-03", "Running", null, "start 07:00:00")),
        fixture().rows().stream().filter(r -> r instanceof CanonicalRow.Activity).toList());
  }

  @Test
  void sumsTheUnionOfAsleepTimePerWakeUpDateWithNapsAndStages() throws Exception {
    assertEquals(
        List.of(
            // phone 23:00-06:00 and watch 05:00-06:30 overlap: 7.5 h once, not 8.5 h; nap 0.5 h
            night("2026-03-02", 8.0),
            // iOS 16 stages: core 1.75 + deep 1 + REM 0.75 + core 3.5; the awake 5 min left out
            night("2026-03-03", 7.0),
            // 17:00-23:45 at -0800 wakes on March 4 in its own offset (March 5 in UTC)
            night("2026-03-04", 6.75)),
        fixture().rows().stream().filter(r -> r instanceof CanonicalRow.Symptom).toList());
  }

  @Test
  void accountsForEveryTopLevelRecord() throws Exception {
    ImportBatch batch = fixture();
    // 3 records + 8 workouts + 13 sleep records + correlation, summary, clinical record;
    // ExportDate, Me and the correlation's nested records are not counted.
    assertEquals(27, batch.read());
    assertEquals(8, batch.rows().size());
    // 8 asleep records made 3 nights
    assertEquals(5, batch.combined());
    assertEquals(
        Map.of(
            "HKQuantityTypeIdentifierStepCount: not a measure rehab follows", 2L,
            "HKQuantityTypeIdentifierHeartRate: not a measure rehab follows", 1L,
            "HKCategoryValueSleepAnalysisInBed: in-bed time is not sleep", 1L,
            "HKCategoryValueSleepAnalysisAwake: awake time is not sleep", 2L,
            "HKCorrelationTypeIdentifierBloodPressure: not a measure rehab follows", 1L,
            "ActivitySummary: daily ring totals have no activity type", 1L,
            "HKClinicalTypeIdentifierLabResultRecord: not a measure rehab follows", 1L),
        batch.skipped());
    ImportLedger.check(batch);
  }

  @Test
  void rejectsRecordsItCannotMapWithTheirLineAndReason() throws Exception {
    assertEquals(
        List.of(
            new SourceReject(
                "export.xml",
                "line 41",
                "durationUnit",
                "furlong",
                "durationUnit \"furlong\" is not recognised; expected min, s or hr"),
            new SourceReject(
                "export.xml",
                "line 42",
                "duration",
                "3000",
                "duration 3000 min is out of range; duration_min is above 0 and at most 1440"
                    + " minutes (24 hours)"),
            new SourceReject(
                "export.xml",
                "line 43",
                "startDate",
                "03/04/2026 10:00",
                "startDate \"03/04/2026 10:00\" " + DATE_TIME),
            new SourceReject(
                "export.xml",
                "line 57",
                "value",
                "HKCategoryValueSleepAnalysisDreaming",
                "sleep value \"HKCategoryValueSleepAnalysisDreaming\" is not recognised; expected"
                    + " HKCategoryValueSleepAnalysisAsleep (or AsleepUnspecified, AsleepCore,"
                    + " AsleepDeep, AsleepREM), InBed or Awake"),
            new SourceReject(
                "export.xml",
                "line 58",
                "endDate",
                "tomorrow",
                "endDate \"tomorrow\" " + DATE_TIME)),
        fixture().rejects());
  }

  @Test
  void takesThePatientIdFromTheFileNameWhenNoneIsGiven() throws Exception {
    Path file =
        Files.copy(ImportFixtures.path("apple-health/export.xml"), temp.resolve("Anna B.xml"));
    ImportBatch batch = IMPORTER.read(file, ImportFixtures.options(null));
    assertEquals("Anna_B", batch.rows().get(0).patientId());
  }

  @Test
  void readsTheExportXmlOfAnUnzippedExportFolder() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("anna-2026"));
    Files.copy(ImportFixtures.path("apple-health/export.xml"), folder.resolve("export.xml"));
    ImportBatch batch = IMPORTER.read(folder, ImportFixtures.options(null));
    assertEquals("anna-2026", batch.rows().get(0).patientId());
    assertEquals(27, batch.read());
  }

  @Test
  void needsAPatientIdForTheHealthAppsOwnNames() throws Exception {
    // Two people's exports are both export.xml, in apple_health_export: never one patient.
    Path folder = Files.createDirectory(temp.resolve("apple_health_export"));
    Files.copy(ImportFixtures.path("apple-health/export.xml"), folder.resolve("export.xml"));
    for (Path source : List.of(folder, folder.resolve("export.xml"))) {
      ImportOptionException e =
          assertThrows(
              ImportOptionException.class,
              () -> IMPORTER.read(source, ImportFixtures.options(null)));
      assertEquals(
          "\""
              + source.getFileName()
              + "\" is the name the Health app gives every export, so it does not say whose data"
              + " this is; name the patient with --patient-id ID",
          e.getMessage());
    }
  }

  @Test
  void failsOnACutOffExportNamingTheLine() {
    Path file = ImportFixtures.path("apple-health/truncated.xml");
    InputFileException e =
        assertThrows(
            InputFileException.class, () -> IMPORTER.read(file, ImportFixtures.options("a")));
    assertEquals(
        file
            + ":36: malformed XML: XML document structures must start and end within the same"
            + " entity; export the data again from the Health app (a cut-off or edited export"
            + " cannot be read)",
        e.getMessage());
  }

  @Test
  void failsOnXmlThatIsNotAHealthExport() throws Exception {
    Path file = Files.writeString(temp.resolve("export.xml"), "<?xml version=\"1.0\"?>\n<gpx/>");
    InputFileException e =
        assertThrows(
            InputFileException.class, () -> IMPORTER.read(file, ImportFixtures.options("a")));
    assertEquals(
        file
            + ":2: not an Apple Health export: the root element is <gpx>; name the export.xml the"
            + " Health app wrote, whose root element is <HealthData>",
        e.getMessage());
  }

  @Test
  void failsOnAMissingFile() {
    Path file = temp.resolve("export.xml");
    InputFileException e =
        assertThrows(
            InputFileException.class, () -> IMPORTER.read(file, ImportFixtures.options("a")));
    assertEquals(
        file
            + ":0: file not found; name the export.xml or export.zip the Health app wrote"
            + " (Profile > Export All Health Data)",
        e.getMessage());
  }
}
