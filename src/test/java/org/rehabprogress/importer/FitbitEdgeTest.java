package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

/** Fitbit records an export should not hold but might: each is rejected with its reason. */
class FitbitEdgeTest {

  private static final FitbitImporter IMPORTER = new FitbitImporter();
  private static final String WALK =
      "{\"activityName\": \"Walk\", \"startTime\": \"2020-01-01 10:00:00\", ";

  @TempDir Path temp;

  @Test
  void rejectsBadDurationsDatesAndDaysOverTwentyFourHours() throws Exception {
    Path person = Files.createDirectory(temp.resolve("p09"));
    Files.writeString(
        person.resolve("exercise.json"),
        "["
            + WALK
            + "\"duration\": -60000},\n"
            + WALK
            + "\"duration\": \"1200000\"},\n"
            + WALK
            + "\"duration\": \"long\"}]");
    Files.writeString(
        person.resolve("sleep.json"),
        "[{\"dateOfSleep\": \"2020-13-01\", \"minutesAsleep\": 400},\n"
            + " {\"dateOfSleep\": \"2020-01-02\", \"minutesAsleep\": 900},\n"
            + " {\"dateOfSleep\": \"2020-01-02\", \"minutesAsleep\": 600}]");
    Files.writeString(
        person.resolve("wellness.csv"),
        "effective_time_frame,sleep_quality\nyesterday,3\n2020-01-02T07:00:00Z,good\n");

    ImportBatch batch = IMPORTER.read(person, ImportFixtures.options(null));

    String day =
        "minutesAsleep of the sleeps of 2020-01-02 sum to 25 hours; sleep_hours is hours asleep, 0-24";
    assertEquals(
        List.of(
            new SourceReject(
                "exercise.json",
                "entry 1",
                "duration",
                "-60000",
                "duration -1 min is out of range; duration_min is above 0 and at most 1440 minutes"
                    + " (24 hours)"),
            new SourceReject(
                "exercise.json",
                "entry 3",
                "duration",
                "long",
                "duration \"long\" is not a number of milliseconds"),
            new SourceReject(
                "sleep.json",
                "entry 1",
                "dateOfSleep",
                "2020-13-01",
                "dateOfSleep \"2020-13-01\" is not a date; expected yyyy-MM-dd"),
            new SourceReject(
                "wellness.csv",
                "line 2",
                "effective_time_frame",
                "yesterday",
                "effective_time_frame \"yesterday\" is not a date; expected ISO"),
            new SourceReject(
                "wellness.csv",
                "line 3",
                "sleep_quality",
                "good",
                "sleep_quality \"good\" is not a whole number 1-5; PMSys rates it 1-5"),
            new SourceReject("sleep.json", "entry 2", "minutesAsleep", "", day),
            new SourceReject("sleep.json", "entry 3", "minutesAsleep", "", day)),
        batch.rejects());
    // numeric text is read as a number
    assertEquals(
        List.of(
            new CanonicalRow.Activity(
                "p09", LocalDate.of(2020, 1, 1), "Walk", 20.0, null, "start 10:00:00")),
        batch.rows());
  }

  @Test
  void rejectsAFitabaseIdThatIsNotAPatientId() throws Exception {
    Files.writeString(
        temp.resolve("sleepDay_merged.csv"),
        "Id,SleepDay,TotalMinutesAsleep\nab cd,4/12/2016,300\n");
    ImportBatch batch = IMPORTER.read(temp, ImportFixtures.options(null));
    assertEquals(
        List.of(
            new SourceReject(
                "sleepDay_merged.csv",
                "line 2",
                "Id",
                "ab cd",
                "Id \"ab cd\" is not a valid patient id; use 1-64 letters, digits, '.', '_' or '-'")),
        batch.rejects());
  }

  private InputFileException failure() {
    return assertThrows(
        InputFileException.class, () -> IMPORTER.read(temp, ImportFixtures.options(null)));
  }

  @Test
  void failsOnAnEmptyJsonFile() throws Exception {
    Files.writeString(temp.resolve("exercise.json"), "");
    assertEquals(
        temp.resolve("exercise.json")
            + ":0: the file is empty; export the data again from Fitbit (a cut-off or edited file"
            + " cannot be read)",
        failure().getMessage());
  }

  @Test
  void failsOnMalformedCsvNamingTheLineItStartsOn() throws Exception {
    Files.writeString(temp.resolve("sleep.json"), "[]");
    Files.writeString(
        temp.resolve("wellness.csv"),
        "effective_time_frame,sleep_quality\n2020-01-01T07:00:00Z,3\n\"2020-01-02,3\n");
    InputFileException e = failure();
    assertEquals(
        temp.resolve("wellness.csv")
            + ":3: malformed CSV (an unterminated or stray quote) in the record starting here;"
            + " export the file again; quote cells that hold commas, quotes or line breaks",
        e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void failsOnACsvHeaderThatNamesAColumnTwice() throws Exception {
    Files.writeString(
        temp.resolve("sleepDay_merged.csv"),
        "Id,Id,SleepDay,TotalMinutesAsleep\n1,1,4/12/2016,3\n");
    assertEquals(
        temp.resolve("sleepDay_merged.csv")
            + ":1: the header row is not valid CSV or names a column twice; use the CSV files as"
            + " Fitabase wrote them",
        failure().getMessage());
  }
}
