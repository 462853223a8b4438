package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.importer.BearableImporter;
import org.rehabprogress.importer.ImportFixtures;

/**
 * The Garmin, Strava, Bearable, FHIR and Synthea importers through {@code rehab import}: what they
 * write, rehab validate accepts row for row.
 */
class ImportValidateFormatsTest {

  private static final String ROW = "%-14s %11d %11d %11d %11d";

  @TempDir Path temp;

  /** Imports, validates, and checks the validate table; -1 for a file that is not written. */
  private void importThenValidate(
      String format, Path source, long activities, long symptoms, long patients, long events) {
    Path folder = temp.resolve("canonical");
    Run imported = Run.of("import", format, source.toString(), "--out", folder.toString());
    assertEquals(0, imported.exit(), imported.err());

    Run validated = Run.of("validate", "--in", folder.toString());

    List<String> table = new ArrayList<>();
    table.add("file             rows read    accepted    rejected  duplicates");
    table.add(line("activities.csv", activities));
    table.add(line("symptoms.csv", symptoms));
    if (patients >= 0) {
      table.add(line("patients.csv", patients));
    }
    if (events >= 0) {
      table.add(line("events.csv", events));
    }
    assertEquals(0, validated.exit(), validated.out() + validated.err());
    assertEquals(String.join("\n", table) + "\n", validated.out());
    assertEquals("", validated.err());
  }

  private static String line(String file, long rows) {
    return String.format(Locale.ROOT, ROW, file, rows, rows, 0, 0);
  }

  @ParameterizedTest
  @CsvSource({
    "garmin, garmin/activities.csv, 4, 0, -1, -1",
    "strava, strava/activities.csv, 5, 0, -1, -1",
    "bearable, bearable/bearable-export.csv, 0, 8, -1, 1",
    "fhir, fhir, 0, 3, 1, -1",
    "synthea, synthea, 0, 5, 3, -1"
  })
  void acceptsEveryRowImportedFromAFixture(
      String format, String fixture, long activities, long symptoms, long patients, long events) {
    importThenValidate(
        format, ImportFixtures.path(fixture), activities, symptoms, patients, events);
  }

  @ParameterizedTest
  @CsvSource({
    // counts as established in importer.RealExportsTest: 160 activities; 59 pain + 6 GAD-7 rows
    // and 6 patients; 621 pain + 212 GAD-7 rows and 59 patients.
    "garmin, garmin/activities.csv, 160, 0, -1",
    "fhir, synthea/fhir, 0, 65, 6",
    "synthea, synthea, 0, 833, 59"
  })
  void acceptsEveryRowImportedFromARealExport(
      String format, String relative, long activities, long symptoms, long patients) {
    Path source = Path.of("..", "shared", "realdata").resolve(relative);
    assumeTrue(Files.exists(source), "real data absent: " + source);
    importThenValidate(format, source, activities, symptoms, patients, -1);
  }

  @Test
  void bearableDefaultsToTheCommandsPainSymptoms() {
    Set<String> command =
        Arrays.stream(ImportCommand.DEFAULT_PAIN_SYMPTOMS.split(","))
            .map(String::strip)
            .collect(Collectors.toSet());

    assertEquals(BearableImporter.DEFAULT_PAIN_SYMPTOMS, command);
  }
}
