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

  private final GarminImporter importer = new GarminImporter();

  @Test
  void mapsActivitiesWithDurationsAndTitles() throws Exception {
    ImportBatch batch = importer.read(path("garmin/activities.csv"), DEFAULTS);

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
    ImportBatch batch = importer.read(path("garmin/activities.csv"), DEFAULTS);

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

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":3: malformed CSV (an unterminated or stray quote) in the record starting here;"
            + " export the file again; quote cells that hold commas, quotes or line breaks",
        e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void stopsWhenTheDateColumnIsMissing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.csv");
    Files.writeString(file, "Activity Type,Time\nWalking,30:00\n", StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":1: required column \"Date\" is missing; name a Garmin Connect activities.csv"
            + " (Activity Type, Date, Time)",
        e.getMessage());
  }

  @Test
  void stopsWhenTheFileIsMissing(@TempDir Path dir) {
    Path file = dir.resolve("nothing.csv");

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":0: the file does not exist; name a Garmin Connect activities.csv"
            + " (Activity Type, Date, Time)",
        e.getMessage());
  }

  @Test
  void stopsOnBytesThatAreNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("activities.csv");
    byte[] latin1 =
        "Activity Type,Date,Time\nGehen,2023-01-02 10:00:00,30:00\nLaufen \u00e4,x,y\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, latin1);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file + ":3: the file is not UTF-8 text; save or export it again as UTF-8", e.getMessage());
  }

  private static CanonicalRow.Activity activity(
      String date, String name, Double minutes, String notes) {
    return new CanonicalRow.Activity(
        "activities", LocalDate.parse(date), name, minutes, null, notes);
  }
}
