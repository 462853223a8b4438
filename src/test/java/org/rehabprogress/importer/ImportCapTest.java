package org.rehabprogress.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record with a field longer than 1,000 characters is rejected, its value never copied (SPEC
 * section 7), in each kind of source: CSV, XML in a zip, JSON.
 */
class ImportCapTest {

  private static final ImportOptions ANNA = new ImportOptions("anna", Set.of());
  private static final String LONG = "Walk" + "x".repeat(1200);

  @TempDir Path temp;

  private static String reason(String field) {
    return field
        + " holds more than 1,000 characters, more than any export writes there; the record is"
        + " not imported and the value is not copied";
  }

  @Test
  void rejectsACsvRecordWithALongCellAndKeepsTheLinesAfterIt() throws Exception {
    Path file = temp.resolve("garmin.csv");
    Files.writeString(
        file,
        "Activity Type,Date,Time,Title\n"
            + LONG
            + ",2023-01-02 10:00:00,30:00,\n"
            // A title of 1,500 lines: longer than the cap, and the next record starts on line 1503.
            + "Walking,2023-01-03 10:00:00,30:00,\""
            + "line\n".repeat(1500)
            + "\"\n"
            + "Walking,2023-01-04 10:00:00,bad,\n"
            + "Walking,2023-01-05 10:00:00,30:00,short\n",
        UTF_8);

    ImportBatch batch = new GarminImporter().read(file, ANNA);

    assertEquals(
        List.of(
            new CanonicalRow.Activity(
                "anna", LocalDate.parse("2023-01-05"), "Walking", 30.0, null, "short")),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject("garmin.csv", "line 2", "Activity Type", "", reason("Activity Type")),
            new SourceReject("garmin.csv", "line 3", "Title", "", reason("Title")),
            new SourceReject(
                "garmin.csv",
                "line 1504",
                "Time",
                "bad",
                "Time \"bad\" is not a duration; expected hh:mm:ss or mm:ss")),
        batch.rejects());
    assertReconciles(batch);
  }

  @Test
  void rejectsAWorkoutWhoseNameIsAHundredMegabytesInASmallZip() throws Exception {
    Path zip = temp.resolve("anna-health.zip");
    long size = 100_000_000L;
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
      write(
          out, "<HealthData locale=\"en\">\n <Workout workoutActivityType=\"HKWorkoutActivityType");
      byte[] chunk = "a".repeat(1 << 16).getBytes(UTF_8);
      for (long written = 0; written < size; written += chunk.length) {
        out.write(chunk);
      }
      write(
          out,
          "\" duration=\"30\" durationUnit=\"min\" startDate=\"2023-01-02 10:00:00 +0100\""
              + " endDate=\"2023-01-02 10:30:00 +0100\"/>\n <Workout"
              + " workoutActivityType=\"HKWorkoutActivityTypeWalking\" duration=\"20\""
              + " durationUnit=\"min\" startDate=\"2023-01-03 10:00:00 +0100\""
              + " endDate=\"2023-01-03 10:20:00 +0100\"/>\n</HealthData>\n");
      out.closeEntry();
    }
    assertTrue(Files.size(zip) < 1_000_000, "the zip holds " + Files.size(zip) + " bytes");

    ImportBatch batch = new AppleHealthImporter().read(zip, ANNA);

    assertEquals(
        List.of(
            new CanonicalRow.Activity(
                "anna",
                LocalDate.parse("2023-01-03"),
                "HKWorkoutActivityTypeWalking",
                20.0,
                null,
                "start 10:00:00")),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject(
                "apple_health_export/export.xml",
                "line 2",
                "workoutActivityType",
                "",
                reason("workoutActivityType"))),
        batch.rejects());
    assertReconciles(batch);
  }

  @Test
  void rejectsAJsonRecordWithALongFieldItReads() throws Exception {
    Path person = Files.createDirectory(temp.resolve("kim"));
    Files.writeString(
        person.resolve("exercise.json"),
        "[{\"activityName\": \""
            + LONG
            + "\", \"startTime\": \"2020-01-02 10:00:00\", \"activeDuration\": 600000},"
            + " {\"activityName\": \"Walk\", \"startTime\": \"2020-01-03 10:00:00\","
            + " \"activeDuration\": 600000}]",
        UTF_8);

    ImportBatch batch = new FitbitImporter().read(person, ImportChecks.DEFAULTS);

    assertEquals(1, batch.rows().size());
    assertEquals(
        List.of(
            new SourceReject(
                "exercise.json", "entry 1", "activityName", "", reason("activityName"))),
        batch.rejects());
    assertReconciles(batch);
  }

  @Test
  void leavesALongFieldAFhirImportDoesNotReadAndRejectsOneItReads() throws Exception {
    Path bundle = temp.resolve("bundle.json");
    Files.writeString(
        bundle,
        "{\"resourceType\": \"Bundle\", \"entry\": ["
            + "{\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p1\"}},"
            + "{\"resource\": {\"resourceType\": \"DiagnosticReport\", \"presentedForm\":"
            + " [{\"data\": \""
            + "QUJD".repeat(5000)
            + "\"}]}},"
            + "{\"resource\": {\"resourceType\": \"Observation\", \"code\": {\"coding\":"
            + " [{\"code\": \"72514-3\", \"display\": \""
            + LONG
            + "\"}]}, \"effectiveDateTime\": \"2021-01-02\", \"valueQuantity\": {\"value\": 3}}},"
            + "{\"resource\": {\"resourceType\": \"Observation\", \"code\": {\"coding\":"
            + " [{\"code\": \"72514-3\"}]}, \"effectiveDateTime\": \"2021-01-03\","
            + " \"valueQuantity\": {\"value\": 4}}}]}",
        UTF_8);

    ImportBatch batch = new FhirImporter().read(bundle, ImportChecks.DEFAULTS);

    assertEquals(
        List.of(
            new CanonicalRow.Symptom(
                "p1", LocalDate.parse("2021-01-03"), 4.0, null, null, null, null, null),
            new CanonicalRow.Patient("p1", null, null, null, null, null)),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject(
                "bundle.json",
                "entry 3, line 1",
                "code.coding[0].display",
                "",
                reason("code.coding[0].display"))),
        batch.rejects());
    assertEquals(
        java.util.Map.of("DiagnosticReport resource is not a measure rehab follows", 1L),
        batch.skipped());
    assertReconciles(batch);
  }

  private static void write(OutputStream out, String text) throws java.io.IOException {
    out.write(text.getBytes(UTF_8));
  }
}
