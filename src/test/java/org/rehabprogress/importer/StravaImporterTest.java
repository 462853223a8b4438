package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;
import static org.rehabprogress.importer.ImportFixtures.path;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class StravaImporterTest {

  private final StravaImporter importer = new StravaImporter();
  private final ImportOptions options = new ImportOptions("p1", Set.of());
  private static final String KIND =
      "name the activities.csv of a Strava bulk export in English (Activity Date, Activity Type and"
          + " Elapsed Time, or the pre-2019 date, type and elapsed_time)";

  @Test
  void readsTheFirstElapsedTimeAndKeepsNamesAsNotes() throws Exception {
    ImportBatch batch = importer.read(path("strava/activities.csv"), options);

    // Elapsed Time is the first column of that name (2700 s), not the later 2705.0.
    assertEquals(
        List.of(
            activity("2022-10-06", "Run", 45.0, null, "Evening Run"),
            activity(
                "2022-10-07",
                "Swim",
                40.0,
                "4",
                "Pool, 40 × 50m 🏊: Back felt \"tight\" after but OK by lunch"),
            activity("2022-10-08", "Weight Training", 60.0, "8", "Gym"),
            activity("2022-10-09", "Yoga", null, null, "Morning Flow"),
            activity("2023-01-01", "Walk", 25.0, null, "New Year walk")),
        batch.rows());
  }

  @Test
  void rejectsBadRowsAtTheLineTheyStartOn() throws Exception {
    ImportBatch batch = importer.read(path("strava/activities.csv"), options);

    // The swim's description holds a line break, so later records start one line further on.
    assertEquals(
        List.of(
            new SourceReject(
                "activities.csv",
                "line 8",
                "Activity Date",
                "08/10/2022",
                "Activity Date \"08/10/2022\" is not a date; expected a date like Oct 6, 2022,"
                    + " 11:19:20 PM"),
            new SourceReject(
                "activities.csv",
                "line 9",
                "Elapsed Time",
                "abc",
                "Elapsed Time \"abc\" is not a number; Strava writes it in seconds"),
            new SourceReject(
                "activities.csv",
                "line 10",
                "Elapsed Time",
                "90000",
                "Elapsed Time \"90000\" seconds is out of range; duration_min is above 0 and at"
                    + " most 1440 minutes (24 hours)"),
            new SourceReject(
                "activities.csv",
                "line 11",
                "Perceived Exertion",
                "12",
                "Perceived Exertion \"12\" is not an RPE; expected a number 0-10"),
            new SourceReject(
                "activities.csv",
                "line 12",
                "Activity Type",
                "",
                "Activity Type is empty; every activity needs its type")),
        batch.rejects());
    assertEquals(10, batch.read());
    assertReconciles(batch);
  }

  @Test
  void stopsOnALocalisedHeader(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.csv");
    Files.writeString(
        file,
        "Aktivitäts-ID,Aktivitätsdatum,Aktivitätsart\n1,\"6. Okt. 2022, 23:19:20\",Lauf\n",
        StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, options));

    assertEquals(
        file
            + ":1: the header has the columns of none of the layouts rehab reads (Activity Date,"
            + " Activity Type and Elapsed Time; the pre-2019 date, type and elapsed_time); "
            + KIND,
        e.getMessage());
  }

  @Test
  void stopsOnAnEmptyFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.csv");
    Files.writeString(file, "", StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, options));

    assertEquals(0, e.line());
    assertEquals(file + ":0: the file is empty; " + KIND, e.getMessage());
  }

  @Test
  void datesTheUtcActivityDateInTheZoneGiven() throws Exception {
    // Oct 6, 2022, 11:19:20 PM UTC is 01:19 on Oct 7 in Berlin (UTC+2 in October) and 18:19 on
    // Oct 6 in Chicago: the evening run stays on its evening only in the runner's own zone.
    ImportBatch berlin =
        importer.read(path("strava/activities.csv"), options.withZone(ZoneId.of("Europe/Berlin")));
    ImportBatch chicago =
        importer.read(
            path("strava/activities.csv"), options.withZone(ZoneId.of("America/Chicago")));

    assertEquals(
        LocalDate.parse("2022-10-07"), ((CanonicalRow.Activity) berlin.rows().get(0)).date());
    assertEquals(
        LocalDate.parse("2022-10-06"), ((CanonicalRow.Activity) chicago.rows().get(0)).date());
    // Jan 1, 2023, 12:05 AM UTC is still New Year's Eve in Chicago.
    assertEquals(
        LocalDate.parse("2022-12-31"), ((CanonicalRow.Activity) chicago.rows().get(4)).date());
  }

  @Test
  void readsThePre2019LayoutByItsHeader() throws Exception {
    ImportBatch batch =
        importer.read(
            path("strava/pre-2019/activities.csv"), options.withZone(ZoneId.of("Europe/Paris")));

    assertEquals(
        List.of(
            // 1468 s = 24.4667 -> 24.47 minutes; 19:11 UTC is 20:11 in Paris, the same day.
            activity("2018-11-27", "Ride", 24.47, null, "Evening Ride"),
            // 23:04 UTC is 00:04 on the 30th in Paris.
            activity("2018-11-30", "Swim", 30.0, null, "Night Swim: Lane 3, then sauna"),
            activity("2018-11-30", "Walk", 60.0, null, "Morning Walk")),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject(
                "activities.csv",
                "line 6",
                "date",
                "2018-11-31 08:51:29",
                "date \"2018-11-31 08:51:29\" is not a date; expected yyyy-MM-dd HH:mm:ss (UTC)"),
            new SourceReject(
                "activities.csv",
                "line 7",
                "type",
                "",
                "type is empty; every activity needs its type")),
        batch.rejects());
    assertReconciles(batch);
  }

  @Test
  void needsAPatientIdForTheVendorsFileName() {
    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> importer.read(path("strava/activities.csv"), new ImportOptions(null, Set.of())));

    assertEquals(
        "\"activities.csv\" is the name Strava gives every export, so it does not say whose"
            + " data this is; name the patient with --patient-id ID",
        e.getMessage());
  }

  private static CanonicalRow.Activity activity(
      String date, String name, Double minutes, String intensity, String notes) {
    return new CanonicalRow.Activity("p1", LocalDate.parse(date), name, minutes, intensity, notes);
  }
}
