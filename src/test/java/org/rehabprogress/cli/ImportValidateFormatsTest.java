package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.importer.BearableImporter;
import org.rehabprogress.importer.ImportFixtures;

/**
 * The Garmin, Strava, Bearable, FHIR and Synthea importers through {@code rehab import}: what they
 * write, rehab validate accepts row for row.
 */
class ImportValidateFormatsTest {

  @TempDir Path temp;

  /** Imports, validates, and checks the validate table; -1 for a file that is not written. */
  private void importThenValidate(
      String format,
      Path source,
      String patientId,
      long activities,
      long symptoms,
      long patients,
      long events,
      long medications) {
    Path folder = temp.resolve("canonical");
    Run imported = ImportAndValidate.importInto(folder, format, source, patientId);
    assertEquals(0, imported.exit(), imported.err());
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("activities.csv", activities);
    rows.put("symptoms.csv", symptoms);
    if (patients >= 0) {
      rows.put("patients.csv", patients);
    }
    if (events >= 0) {
      rows.put("events.csv", events);
    }
    if (medications >= 0) {
      rows.put("medications.csv", medications);
    }
    ImportAndValidate.assertValidates(folder, rows);
  }

  @ParameterizedTest
  @CsvSource({
    "garmin, garmin/activities.csv, gc-1, 4, 0, -1, -1, -1",
    "garmin, garmin/start-time/activities.csv, gc-2, 3, 0, -1, -1, -1",
    "garmin, garmin/account, gc-3, 3, 0, -1, -1, -1",
    "strava, strava/activities.csv, st-1, 5, 0, -1, -1, -1",
    "strava, strava/pre-2019/activities.csv, st-2, 3, 0, -1, -1, -1",
    "bearable, bearable/bearable-export.csv, be-1, 0, 9, -1, 1, -1",
    "bearable, bearable/diary-2022.csv, be-2, 0, 3, -1, 3, -1",
    "fhir, fhir, '', 0, 3, 1, -1, -1",
    "fhir, fhir-medications, '', 0, 4, 1, -1, 4",
    "synthea, synthea, '', 0, 5, 3, -1, -1",
    "synthea, synthea-medications, '', 0, 2, 1, -1, 1"
  })
  void acceptsEveryRowImportedFromAFixture(
      String format,
      String fixture,
      String patientId,
      long activities,
      long symptoms,
      long patients,
      long events,
      long medications) {
    importThenValidate(
        format,
        ImportFixtures.path(fixture),
        patientId,
        activities,
        symptoms,
        patients,
        events,
        medications);
  }

  @ParameterizedTest
  @CsvSource({
    // counts as established in importer.RealExportsTest: 160 activities; 59 pain + 6 GAD-7 rows
    // and 6 patients; 681 pain + 212 GAD-7 + 22 PEG rows and 59 patients.
    "garmin, garmin/activities.csv, gc-real, 160, 0, -1",
    "fhir, synthea/fhir, '', 0, 65, 6",
    "synthea, synthea, '', 0, 915, 59"
  })
  void acceptsEveryRowImportedFromARealExport(
      String format,
      String relative,
      String patientId,
      long activities,
      long symptoms,
      long patients) {
    Path source = ProjectRoot.realData().resolve(relative);
    assumeTrue(Files.exists(source), "real data absent: " + source);
    importThenValidate(format, source, patientId, activities, symptoms, patients, -1, -1);
  }

  @Test
  void bearableDefaultsToTheCommandsPainSymptoms() {
    Set<String> command =
        Arrays.stream(ImportCommand.DEFAULT_PAIN_SYMPTOMS.split(","))
            .map(String::strip)
            .collect(Collectors.toSet());

    assertEquals(BearableImporter.DEFAULT_PAIN_SYMPTOMS, command);
    assertEquals(
        BearableImporter.DEFAULT_LEG_PAIN_SYMPTOMS,
        Arrays.stream(ImportCommand.DEFAULT_LEG_PAIN_SYMPTOMS.split(","))
            .map(String::strip)
            .collect(Collectors.toSet()));
  }
}
