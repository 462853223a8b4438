package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rehabprogress.importer.ImportChecks.DEFAULTS;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;
import static org.rehabprogress.importer.ImportFixtures.path;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class GarminImporterTest {

  private static final ImportOptions ANNA = new ImportOptions("anna", Set.of());
  private static final String KIND =
      "name a Garmin Connect activities.csv (Activity Type with Date and Time, or with Start Time"
          + " and Duration (h:m:s)) or the summarizedActivities.json of a Garmin account export";
  private final GarminImporter importer = new GarminImporter();

  @Test
  void mapsActivitiesWithDurationsAndTitles() throws Exception {
    ImportBatch batch = importer.read(path("garmin/activities.csv"), ANNA);

    assertEquals("garmin", batch.format());
    assertEquals(
        List.of(
            activity("2023-03-01", "Lap Swimming", 41.5, "Morning swim, easy"),
            activity("2023-03-01", "Walking", 65.0, "Dog walk"),
            activity("2023-03-02", "Yoga", 45.5, null),
            activity("2023-03-03", "Strength Training", null, "Gym")),
        batch.rows());
  }

  @Test
  void rejectsBadRowsWithReasons() throws Exception {
    ImportBatch batch = importer.read(path("garmin/activities.csv"), ANNA);

    assertEquals(
        List.of(
            new SourceReject(
                "activities.csv",
                "line 6",
                "Date",
                "2023-02-30 06:00:00",
                "Date \"2023-02-30 06:00:00\" is not a date; expected yyyy-MM-dd HH:mm:ss"),
            new SourceReject(
                "activities.csv",
                "line 7",
                "Activity Type",
                "",
                "Activity Type is empty; every activity needs its name"),
            new SourceReject(
                "activities.csv",
                "line 8",
                "Time",
                "twenty",
                "Time \"twenty\" is not a duration; expected hh:mm:ss or mm:ss"),
            new SourceReject(
                "activities.csv",
                "line 9",
                "Time",
                "00:00:00",
                "Time \"00:00:00\" is out of range; duration_min is above 0 and at most 1440"
                    + " minutes (24 hours)"),
            new SourceReject(
                "activities.csv",
                "line 10",
                "",
                "",
                "the row has 6 cells but the header has 12; quote text that holds the separator"
                    + " and keep one cell per column")),
        batch.rejects());
    assertEquals(9, batch.read());
    assertEquals(Map.of(), batch.skipped());
    assertReconciles(batch);
  }

  @Test
  void derivesThePatientIdFromTheFileName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("Jörg Müller (garmin).csv");
    Files.writeString(
        file,
        "Activity Type,Date,Time\nWalking,2023-01-02 10:00:00,30:00\n",
        StandardCharsets.UTF_8);

    ImportBatch batch = importer.read(file, DEFAULTS);

    assertEquals("Jorg_Muller_garmin", batch.rows().get(0).patientId());
  }

  @Test
  void writesTheChosenPatientId() throws Exception {
    ImportBatch batch =
        importer.read(path("garmin/activities.csv"), new ImportOptions("P-007", Set.of()));

    assertEquals("P-007", batch.rows().get(0).patientId());
  }

  @Test
  void stopsOnAnUnterminatedQuote(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.csv");
    Files.writeString(
        file,
        "Activity Type,Date,Time\nWalking,2023-01-02 10:00:00,30:00\n\"Running,2023-01-03,10:00\n",
        StandardCharsets.UTF_8);

    InputFileException e = assertThrows(InputFileException.class, () -> importer.read(file, ANNA));

    assertEquals(
        file
            + ":3: malformed CSV (an unterminated or stray quote) in the record starting here;"
            + " export the file again; quote cells that hold commas, quotes or line breaks",
        e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void stopsOnAHeaderOfNeitherLayoutNamingBoth(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.csv");
    Files.writeString(file, "Activity Type,Time\nWalking,30:00\n", StandardCharsets.UTF_8);

    InputFileException e = assertThrows(InputFileException.class, () -> importer.read(file, ANNA));

    assertEquals(
        file
            + ":1: the header has the columns of none of the layouts rehab reads (Activity Type,"
            + " Date and Time; Activity Type, Start Time and Duration (h:m:s)); "
            + KIND,
        e.getMessage());
  }

  @Test
  void stopsOnJsonThatIsNotAnAccountExport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.json");
    Files.writeString(file, "[{\"activities\": []}]", StandardCharsets.UTF_8);

    InputFileException e = assertThrows(InputFileException.class, () -> importer.read(file, ANNA));

    assertEquals(
        file
            + ":0: not a Garmin account export: the JSON holds no summarizedActivitiesExport list; "
            + KIND,
        e.getMessage());
  }

  @Test
  void stopsOnAnEmptyFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("garmin.csv"), "");

    InputFileException e = assertThrows(InputFileException.class, () -> importer.read(file, ANNA));

    assertEquals(file + ":0: the file is empty; " + KIND, e.getMessage());
  }

  @Test
  void readsTheNewerLayoutByItsHeader() throws Exception {
    ImportBatch batch = importer.read(path("garmin/start-time/activities.csv"), ANNA);

    assertEquals(
        List.of(
            // 45:10 is 45 + 10/60 = 45.17 minutes.
            activity("2024-03-02", "Lap Swimming", 45.17, "Morning swim"),
            activity("2024-03-03", "Surfing", 90.0, "Surf, \"north\" beach"),
            activity("2024-03-05", "Rock Climbing", null, "Gym climb")),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject(
                "activities.csv",
                "line 5",
                "Start Time",
                "2024-02-30 07:00:00",
                "Start Time \"2024-02-30 07:00:00\" is not a date; expected yyyy-MM-dd HH:mm:ss"),
            new SourceReject(
                "activities.csv",
                "line 6",
                "Start Time",
                "2024-03-06 25:00:00",
                "Start Time \"2024-03-06 25:00:00\" has no such time of day; hours run 00-23 and"
                    + " minutes and seconds 00-59"),
            new SourceReject(
                "activities.csv",
                "line 7",
                "Start Time",
                "0001-01-01 08:00:00",
                "Start Time \"0001-01-01 08:00:00\" is out of range 1900-01-01 to 2100-12-31;"
                    + " check the year")),
        batch.rejects());
    assertReconciles(batch);
  }

  @Test
  void readsTheAccountExportsSummarizedActivities() throws Exception {
    ImportBatch batch = importer.read(path("garmin/account"), ANNA);

    assertEquals(
        List.of(
            // startTimeLocal 1709363553000 ms is 2024-03-02 07:12:33 on the watch's clock;
            // duration 2710000 ms is 45.1667 -> 45.17 minutes.
            activity("2024-03-02", "lap_swimming", 45.17, "Pool swim"),
            // Only beginTimestamp 1709503200000: 2024-03-03 22:00 UTC, dated in UTC.
            activity("2024-03-03", "surfing_v2", 90.0, "Evening surf"),
            // elapsedDuration 3900000 ms stands in for duration: 65 minutes.
            activity("2024-03-05", "rock_climbing", 65.0, "Bouldering")),
        batch.rows());
    String file = "anna@example.com_0_summarizedActivities.json";
    assertEquals(
        List.of(
            new SourceReject(
                file, "activity 5", "activityType", "", "the activity has no activityType"),
            new SourceReject(
                file,
                "activity 6",
                "startTimeLocal",
                "253402300799000",
                "startTimeLocal \"253402300799000\" is out of range 1900-01-01 to 2100-12-31;"
                    + " check the year")),
        batch.rejects());
    assertEquals(Map.of(GarminJson.REPEATED, 1L), batch.skipped());
    assertEquals(6, batch.read());
    assertReconciles(batch);
  }

  @Test
  void datesAnActivityKnownOnlyInUtcInTheZoneGiven() throws Exception {
    ImportBatch batch =
        importer.read(path("garmin/account"), ANNA.withZone(java.time.ZoneId.of("Asia/Tokyo")));

    // 2024-03-03 22:00 UTC is 07:00 on the 4th in Tokyo; the local starts stay as written.
    assertEquals(
        List.of("2024-03-02", "2024-03-04", "2024-03-05"),
        batch.rows().stream().map(r -> ((CanonicalRow.Activity) r).date().toString()).toList());
  }

  @Test
  void needsAPatientIdForTheVendorsFileName() {
    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> importer.read(path("garmin/activities.csv"), DEFAULTS));

    assertEquals(
        "\"activities.csv\" is the name Garmin Connect gives every export, so it does not say"
            + " whose data this is; name the patient with --patient-id ID",
        e.getMessage());
  }

  @Test
  void stopsWhenTheFileIsMissing(@TempDir Path dir) {
    Path file = dir.resolve("nothing.csv");

    InputFileException e = assertThrows(InputFileException.class, () -> importer.read(file, ANNA));

    assertEquals(file + ":0: the file does not exist; " + KIND, e.getMessage());
  }

  @Test
  void stopsOnBytesThatAreNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.csv");
    byte[] latin1 =
        "Activity Type,Date,Time\nGehen,2023-01-02 10:00:00,30:00\nLaufen \u00e4,x,y\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, latin1);

    InputFileException e = assertThrows(InputFileException.class, () -> importer.read(file, ANNA));

    assertEquals(
        file + ":3: the file is not UTF-8 text; save or export it again as UTF-8", e.getMessage());
  }

  private static CanonicalRow.Activity activity(
      String date, String name, Double minutes, String notes) {
    return new CanonicalRow.Activity("anna", LocalDate.parse(date), name, minutes, null, notes);
  }
}
