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

class FitbitImporterTest {

  private static final FitbitImporter IMPORTER = new FitbitImporter();
  private static final String REEXPORT =
      "; export the data again from Fitbit (a cut-off or edited file cannot be read)";

  @TempDir Path temp;

  private static CanonicalRow.Activity activity(
      String patient, String day, String name, Double minutes, String start) {
    return new CanonicalRow.Activity(
        patient, LocalDate.parse(day), name, minutes, null, "start " + start);
  }

  private static CanonicalRow.Symptom sleep(String patient, String day, double hours) {
    return new CanonicalRow.Symptom(
        patient, LocalDate.parse(day), null, null, null, hours, null, null);
  }

  private static CanonicalRow.Symptom quality(String patient, String day, double quality) {
    return new CanonicalRow.Symptom(
        patient, LocalDate.parse(day), null, null, null, null, quality, null);
  }

  @Test
  void mapsAFolderOfPeoplesFolders() throws Exception {
    ImportBatch batch =
        IMPORTER.read(ImportFixtures.path("fitbit/people"), ImportFixtures.options(null));

    assertEquals(
        List.of(
            // activeDuration 1,500,000 ms, not the elapsed 1,800,000; US month/day start time
            activity("p01", "2020-04-21", "Walk", 25.0, "17:25:23"),
            activity("p01", "2020-04-22", "Swim", 45.0, "07:00:00"),
            // activeDuration 0: the elapsed duration stands in
            activity("p01", "2020-04-22", "Yoga", 60.0, "19:00:00"),
            // no duration at all: an exposure with no minutes
            activity("p01", "2020-04-23", "Run", null, "06:30:00"),
            // PMSys sleep quality 4 and 1 on 1-5 -> (q - 1) * 2.5
            quality("p01", "2020-04-22", 7.5),
            quality("p01", "2020-04-23", 0),
            // main sleep 412 min + nap 38 min on one dateOfSleep
            sleep("p01", "2020-04-22", 7.5),
            sleep("p01", "2020-04-23", 6.5),
            sleep("p02", "2020-05-01", 8.0)),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject(
                "p01/exercise.json",
                "entry 5",
                "activityName",
                "",
                "the exercise has no activityName"),
            new SourceReject(
                "p01/exercise.json",
                "entry 6",
                "startTime",
                "21/04/2020 08:00",
                "startTime \"21/04/2020 08:00\" is not a date; expected MM/dd/yy HH:mm:ss,"
                    + " yyyy-MM-dd HH:mm:ss or ISO yyyy-MM-ddTHH:mm:ss"),
            new SourceReject(
                "p01/sleep.json",
                "entry 5",
                "minutesAsleep",
                "lots",
                "minutesAsleep \"lots\" is not a number of minutes 0 or more"),
            new SourceReject(
                "p01/wellness.csv",
                "line 5",
                "sleep_quality",
                "6",
                "sleep_quality \"6\" is not a whole number 1-5; PMSys rates it 1-5")),
        batch.rejects());
    assertEquals(
        Map.of(FitbitImporter.REPEATED_LOG, 2L, PmsysCsv.SRPE, 1L, PmsysCsv.NO_SLEEP_QUALITY, 1L),
        batch.skipped());
    // p01: 7 exercise + 5 sleep + 4 wellness + 1 srpe; p02: 1 sleep
    assertEquals(18, batch.read());
    assertEquals(1, batch.combined());
    ImportLedger.check(batch);
  }

  @Test
  void readsOnePersonsAccountExportByItsCategoryFolders() throws Exception {
    Path root = ImportFixtures.path("fitbit/account/MyFitbitData");
    List<CanonicalRow> expected =
        List.of(
            activity("Anna_Berg", "2020-05-02", "Walk", 20.0, "09:00:00"),
            sleep("Anna_Berg", "2020-05-02", 455 / 60.0));

    assertEquals(expected, IMPORTER.read(root, ImportFixtures.options(null)).rows());
    ImportBatch one = IMPORTER.read(root.resolve("Anna Berg"), ImportFixtures.options(null));
    assertEquals(expected, one.rows());
    // steps-*.json is not read; exercise-100.json is an empty array
    assertEquals(2, one.read());
  }

  @Test
  void usesThePatientIdGivenForOnePerson() throws Exception {
    ImportBatch batch =
        IMPORTER.read(ImportFixtures.path("fitbit/people/p02"), ImportFixtures.options("zoe"));
    assertEquals(List.of(sleep("zoe", "2020-05-01", 8.0)), batch.rows());
  }

  @Test
  void refusesOnePatientIdForSeveralPeople() {
    Path people = ImportFixtures.path("fitbit/people");
    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> IMPORTER.read(people, ImportFixtures.options("zoe")));
    assertEquals(
        "--patient-id names one patient but "
            + people
            + " holds 2 people's folders; leave --patient-id out to use the folder names",
        e.getMessage());
  }

  @Test
  void mapsFitabaseSleepAndSkipsDailyIntensityMinutes() throws Exception {
    ImportBatch batch =
        IMPORTER.read(ImportFixtures.path("fitbit/fitabase"), ImportFixtures.options(null));

    assertEquals(
        List.of(
            sleep("1111111111", "2016-04-12", 327 / 60.0),
            sleep("1111111111", "2016-04-13", 384 / 60.0),
            // the file repeats this row; the writer counts the second as a duplicate
            sleep("1111111111", "2016-04-13", 384 / 60.0),
            sleep("2222222222", "2016-04-15", 441 / 60.0)),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject(
                "sleepDay_merged.csv",
                "line 6",
                "SleepDay",
                "13/15/2016 12:00:00 AM",
                "SleepDay \"13/15/2016 12:00:00 AM\" is not a date; expected M/d/yyyy h:mm:ss AM"
                    + " (US month/day)"),
            new SourceReject(
                "sleepDay_merged.csv",
                "line 7",
                "TotalMinutesAsleep",
                "",
                "TotalMinutesAsleep \"\" is not a number of minutes 0-1440")),
        batch.rejects());
    assertEquals(
        Map.of(
            "dailyActivity_merged.csv: daily intensity minutes have no activity type", 3L,
            "dailyIntensities_merged.csv: daily intensity minutes have no activity type", 2L),
        batch.skipped());
    assertEquals(11, batch.read());
    ImportLedger.check(batch);
  }

  @Test
  void refusesOnePatientIdForSeveralFitabaseIds() {
    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () ->
                IMPORTER.read(
                    ImportFixtures.path("fitbit/fitabase"), ImportFixtures.options("zoe")));
    assertEquals(
        "--patient-id names one patient but the Fitabase files hold 2 Ids; leave --patient-id"
            + " out to use each Id",
        e.getMessage());
  }

  @Test
  void failsOnACutOffJsonFileNamingTheLine() {
    Path file = ImportFixtures.path("fitbit/broken/exercise.json");
    InputFileException e =
        assertThrows(
            InputFileException.class,
            () ->
                IMPORTER.read(ImportFixtures.path("fitbit/broken"), ImportFixtures.options(null)));
    assertEquals(file + ":2: the JSON ends before it is complete" + REEXPORT, e.getMessage());
  }

  @Test
  void failsOnMalformedJson() throws Exception {
    Files.writeString(temp.resolve("sleep.json"), "[\n{\"logId\" 1}]");
    InputFileException e =
        assertThrows(
            InputFileException.class, () -> IMPORTER.read(temp, ImportFixtures.options(null)));
    assertEquals(
        temp.resolve("sleep.json")
            + ":2: malformed JSON: Unexpected character ('1' (code 49)): was expecting a colon to"
            + " separate field name and value"
            + REEXPORT,
        e.getMessage());
  }

  @Test
  void failsOnJsonThatIsNotAnArrayOfRecords() throws Exception {
    Files.writeString(temp.resolve("exercise.json"), "{\"activities\": []}");
    InputFileException e =
        assertThrows(
            InputFileException.class, () -> IMPORTER.read(temp, ImportFixtures.options(null)));
    assertEquals(
        temp.resolve("exercise.json")
            + ":1: not a Fitbit export file: expected a JSON array of records"
            + REEXPORT,
        e.getMessage());
  }

  @Test
  void rejectsAnArrayEntryThatIsNotAnObject() throws Exception {
    Files.writeString(temp.resolve("exercise.json"), "[42]");
    ImportBatch batch = IMPORTER.read(temp, ImportFixtures.options("a"));
    assertEquals(
        List.of(
            new SourceReject("exercise.json", "entry 1", "", "", "the entry is not a JSON object")),
        batch.rejects());
  }

  @Test
  void failsOnAFolderWithoutFitbitFiles() throws Exception {
    Files.writeString(temp.resolve("notes.txt"), "x");
    InputFileException e =
        assertThrows(
            InputFileException.class, () -> IMPORTER.read(temp, ImportFixtures.options(null)));
    assertEquals(
        temp
            + ":0: no Fitbit export found: no exercise*.json, sleep*.json or Fitabase *_merged.csv"
            + " files; name the folder of a Fitbit account export (or of its people's folders) or"
            + " of Fitabase CSV files",
        e.getMessage());
  }

  @Test
  void failsOnAMissingFolderOrAFile() throws Exception {
    Path missing = temp.resolve("nope");
    assertEquals(
        missing
            + ":0: folder not found; name the folder of a Fitbit account export (or of its"
            + " people's folders) or of Fitabase CSV files",
        assertThrows(
                InputFileException.class,
                () -> IMPORTER.read(missing, ImportFixtures.options(null)))
            .getMessage());
    Path file = Files.writeString(temp.resolve("exercise.json"), "[]");
    assertEquals(
        file
            + ":0: not a folder; name the folder of a Fitbit account export (or of its people's"
            + " folders) or of Fitabase CSV files",
        assertThrows(
                InputFileException.class, () -> IMPORTER.read(file, ImportFixtures.options(null)))
            .getMessage());
  }

  @Test
  void failsOnAFitabaseFileWithoutItsColumns() throws Exception {
    Files.writeString(temp.resolve("sleepDay_merged.csv"), "Id,Day\n1,4/12/2016\n");
    InputFileException e =
        assertThrows(
            InputFileException.class, () -> IMPORTER.read(temp, ImportFixtures.options(null)));
    assertEquals(
        temp.resolve("sleepDay_merged.csv")
            + ":1: required column \"SleepDay\" is missing; use the CSV files as Fitabase wrote"
            + " them",
        e.getMessage());
  }
}
