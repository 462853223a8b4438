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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class FhirImporterTest {

  private static final String ID = "5b1c2d3e-0000-4000-8000-000000000001";
  private static final String FILE = "Amélie_Dupont_5b1c2d3e.json";
  private final FhirImporter importer = new FhirImporter();

  @Test
  void mapsObservationsInTheirOwnOffsetAndThePatient() throws Exception {
    ImportBatch batch = importer.read(path("fhir"), DEFAULTS);

    assertEquals(
        List.of(
            // 22:10 at -05:00 stays on the 23rd (it is the 24th in UTC).
            new CanonicalRow.Symptom(
                ID, day("2021-08-23"), 4.0, null, null, null, null, "2021-08-23T22:10:00-05:00"),
            // 420 min of sleep ending on the 24th plus a 1.5 h nap that day.
            new CanonicalRow.Symptom(ID, day("2021-08-24"), null, null, null, 8.5, null, null),
            new CanonicalRow.Symptom(
                ID, day("2021-09-01"), null, null, 9, null, null, "2021-09-01T10:00:00+02:00"),
            // The earlier of two back-pain onsets, on its own date at -05:00.
            new CanonicalRow.Patient(ID, day("2018-12-30"), null, null, 1971, "female")),
        batch.rows());
    assertEquals(3, batch.combined());
  }

  @Test
  void skipsResourcesByTypeAndCode() throws Exception {
    ImportBatch batch = importer.read(path("fhir"), DEFAULTS);

    assertEquals(
        Map.of(
            "Encounter resource is not a measure rehab follows", 2L,
            "Claim resource is not a measure rehab follows", 1L,
            "Observation 8302-2 Body Height is not a measure rehab follows", 1L,
            "Observation 29463-7 Body Weight is not a measure rehab follows", 1L,
            "Observation entered in error", 1L,
            "Condition 444814009 Viral sinusitis (disorder) is not the condition rehab follows", 1L,
            "Patient with no measure rehab follows and no chronic low back pain", 1L),
        batch.skipped());
  }

  @Test
  void rejectsValuesOutOfRangeUnitsAndPartialDates() throws Exception {
    ImportBatch batch = importer.read(path("fhir"), DEFAULTS);

    assertEquals(
        List.of(
            new SourceReject(
                FILE,
                "entry 4, line 62",
                "valueQuantity.value",
                "12",
                "pain \"12\" is out of range 0-10; pain is a 0-10 numeric rating"),
            new SourceReject(
                FILE,
                "entry 12, line 300",
                "effectiveDateTime",
                "2021-08",
                "effectiveDateTime \"2021-08\" is not a date; expected a dateTime with a day, like"
                    + " 2021-08-23T03:26:50Z"),
            new SourceReject(
                FILE,
                "entry 14, line 364",
                "valueQuantity.unit",
                "d",
                "sleep duration unit \"d\" is not a unit of time rehab knows; expected h or min"),
            new SourceReject(
                FILE,
                "entry 16, line 408",
                "valueQuantity.value",
                "4.5",
                "gad7 \"4.5\" is not a whole number; gad7 is the GAD-7 total, a whole number"
                    + " 0-21")),
        batch.rejects());
    // 16 entries in the first bundle, 3 in the second.
    assertEquals(19, batch.read());
    assertReconciles(batch);
  }

  @Test
  void readsOneBundleFile() throws Exception {
    ImportBatch batch = importer.read(path("fhir/Zoë_Ortiz_7c000000.json"), DEFAULTS);

    assertEquals(3, batch.read());
    assertEquals(List.of(), batch.rows());
    assertReconciles(batch);
  }

  @Test
  void stopsOnACutOffBundle(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cut.json");
    Files.writeString(
        file,
        "{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [\n    {\"resource\": {\"resourceType\"",
        StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(dir, DEFAULTS));

    assertEquals(
        file
            + ":4: malformed JSON, such as a cut-off file or a missing comma or bracket; export"
            + " the bundle again; the file may be cut off",
        e.getMessage());
  }

  @Test
  void stopsOnAResourceThatIsNotABundle(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("patient.json");
    Files.writeString(
        file, "{\"resourceType\": \"Patient\", \"id\": \"x\"}", StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":0: not a FHIR bundle: resourceType is \"Patient\", not Bundle; name FHIR R4"
            + " bundles: a folder of .json files or one file, each a Bundle of one patient",
        e.getMessage());
  }

  @Test
  void stopsOnJsonThatIsNotAnObject(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("list.json");
    Files.writeString(file, "[1, 2]", StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":0: not a FHIR bundle: the file does not hold a JSON object; name FHIR R4"
            + " bundles: a folder of .json files or one file, each a Bundle of one patient",
        e.getMessage());
  }

  @Test
  void stopsWhenTheSourceIsMissing(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(missing, DEFAULTS));

    assertEquals(
        missing
            + ":0: the file or folder does not exist; name FHIR R4 bundles: a folder of .json"
            + " files or one file, each a Bundle of one patient",
        e.getMessage());
  }

  @Test
  void stopsOnABundleOfTwoPatients(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("two.json");
    Files.writeString(
        file,
        "{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"resourceType\": \"Patient\","
            + " \"id\": \"a\"}}, {\"resource\": {\"resourceType\": \"Patient\", \"id\": \"b\"}}]}",
        StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":0: the bundle holds 2 Patient resources; rehab reads one patient per bundle, as"
            + " Synthea writes them; split the bundle",
        e.getMessage());
  }

  @Test
  void stopsOnAFolderWithoutBundles(@TempDir Path dir) {
    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(dir, DEFAULTS));

    assertEquals(
        dir
            + ":0: the folder holds no .json file; name FHIR R4 bundles: a folder of .json files"
            + " or one file, each a Bundle of one patient",
        e.getMessage());
  }

  @Test
  void rejectsTheRecordsOfAPatientWithoutAValidId(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"resourceType\": \"Patient\","
            + " \"id\": \"no spaces allowed\"}}, {\"resource\": {\"resourceType\": \"Observation\","
            + " \"code\": {\"coding\": [{\"code\": \"72514-3\"}]}, \"effectiveDateTime\":"
            + " \"2021-01-02\", \"valueQuantity\": {\"value\": 3}}}]}",
        StandardCharsets.UTF_8);

    ImportBatch batch = importer.read(file, DEFAULTS);

    String reason =
        "Patient id \"no spaces allowed\" is not a valid patient id; use 1-64 letters, digits,"
            + " '.', '_' or '-'";
    assertEquals(
        List.of(
            new SourceReject("bad.json", "entry 1, line 1", "id", "no spaces allowed", reason),
            new SourceReject(
                "bad.json", "entry 2, line 1", "subject", "no spaces allowed", reason)),
        batch.rejects());
    assertReconciles(batch);
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
