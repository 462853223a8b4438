package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rehabprogress.importer.ImportChecks.DEFAULTS;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;
import static org.rehabprogress.importer.ImportFixtures.path;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class SyntheaImporterTest {

  private final SyntheaImporter importer = new SyntheaImporter();

  @Test
  void mapsFollowedObservationsAndPatientsWithBackPain() throws Exception {
    ImportBatch batch = importer.read(path("synthea"), DEFAULTS);

    assertEquals(
        List.of(
            new CanonicalRow.Symptom(
                "aaaa-1", day("2020-05-01"), 6.0, null, null, null, null, "2020-05-01T09:00:00Z"),
            new CanonicalRow.Symptom(
                "bbbb-2", day("2020-06-01"), null, null, 7, null, null, "2020-06-01T10:00:00Z"),
            // 7.5 h plus 45 min ending on the date as written in its own offset (-05:00).
            new CanonicalRow.Symptom(
                "aaaa-1", day("2020-06-02"), null, null, null, 8.25, null, null),
            new CanonicalRow.Symptom(
                "dddd-4", day("2020-06-06"), 4.0, null, null, null, null, "2020-06-06T10:00:00Z"),
            // 08:15+02:00 keeps its own date; the date-time as written is the notes.
            new CanonicalRow.Symptom(
                "eeee-5",
                day("2020-07-01"),
                2.0,
                null,
                null,
                null,
                null,
                "2020-07-01T08:15:00+02:00"),
            // The earlier of two onsets of chronic low back pain.
            new CanonicalRow.Patient("aaaa-1", day("2018-11-03"), null, null, 1968, "female"),
            new CanonicalRow.Patient("bbbb-2", null, null, null, 1975, "male"),
            // Chronic low back pain, but not in patients.csv.
            new CanonicalRow.Patient("dddd-4", day("2021-01-15"), null, null, null, null)),
        batch.rows());
    // The 45-minute sleep, and aaaa-1's two back-pain conditions folded into the patient row.
    assertEquals(3, batch.combined());
  }

  @Test
  void skipsOtherObservationsConditionsAndPatientsByReason() throws Exception {
    ImportBatch batch = importer.read(path("synthea"), DEFAULTS);

    assertEquals(
        Map.of(
            "Observation 8302-2 Body Height is not a measure rehab follows",
            1L,
            "Observation 29463-7 Body Weight is not a measure rehab follows",
            1L,
            "Observation 93038-8 Stress level, self-reported is not a measure rehab follows",
            1L,
            "Condition 10509002 Acute bronchitis (disorder) is not the condition rehab follows",
            1L,
            "Condition 162864005 Body mass index 30+ - obesity (finding) is not the condition"
                + " rehab follows",
            1L,
            "Patient with no measure rehab follows and no chronic low back pain",
            1L),
        batch.skipped());
  }

  @Test
  void rejectsWhatCannotBeMappedWithReasons() throws Exception {
    ImportBatch batch = importer.read(path("synthea"), DEFAULTS);

    assertEquals(
        List.of(
            observation(
                4,
                "VALUE",
                "12.0",
                "pain \"12.0\" is out of range 0-10; pain is a 0-10 numeric rating"),
            observation(
                6,
                "VALUE",
                "7.5",
                "gad7 \"7.5\" is not a whole number; gad7 is the GAD-7 total, a whole number 0-21"),
            observation(
                9,
                "UNITS",
                "d",
                "sleep duration unit \"d\" is not a unit of time rehab knows; expected h or min"),
            observation(
                10,
                "DATE",
                "not-a-date",
                "DATE \"not-a-date\" is not a date; expected an ISO date or date-time like"
                    + " 2021-08-23T03:26:50Z"),
            observation(
                11,
                "PATIENT",
                "bad id!",
                "patient_id \"bad id!\" is not a valid id; use 1-64 letters, digits, '.', '_' or"
                    + " '-'"),
            observation(
                12,
                "VALUE",
                "severe",
                "pain \"severe\" is not a number; pain is a 0-10 numeric rating"),
            new SourceReject(
                "conditions.csv",
                "line 6",
                "START",
                "2021-xx",
                "START \"2021-xx\" is not a date; expected an ISO date or date-time like"
                    + " 2021-08-23T03:26:50Z"),
            new SourceReject(
                "patients.csv",
                "line 5",
                "Id",
                "aaaa-1",
                "Id \"aaaa-1\" is already listed on line 2"),
            new SourceReject(
                "patients.csv",
                "line 6",
                "BIRTHDATE",
                "1980-02-30",
                "BIRTHDATE \"1980-02-30\" is not a date; expected yyyy-MM-dd")),
        batch.rejects());
    // 15 observations, 6 conditions and 5 patients.
    assertEquals(26, batch.read());
    assertReconciles(batch);
  }

  @Test
  void stopsWhenAFileIsMissing(@TempDir Path dir) throws Exception {
    Files.copy(path("synthea/observations.csv"), dir.resolve("observations.csv"));

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(dir, DEFAULTS));

    assertEquals(
        dir.resolve("conditions.csv")
            + ":0: the file does not exist; name the Synthea CSV output folder holding"
            + " observations.csv, conditions.csv and patients.csv",
        e.getMessage());
  }

  @Test
  void stopsWhenGivenAFileForTheFolder() {
    Path file = path("synthea/observations.csv");

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":0: is a file, not a folder; name the Synthea CSV output folder holding"
            + " observations.csv, conditions.csv and patients.csv",
        e.getMessage());
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  private static SourceReject observation(int line, String field, String value, String reason) {
    return new SourceReject("observations.csv", "line " + line, field, value, reason);
  }
}
