package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.importer.ImportFixtures;

/** What an importer writes is canonical: rehab validate accepts every row of it. */
class ImportValidateTest {

  private static final String ROW = "%-14s %11d %11d %11d %11d";

  @TempDir Path temp;

  private void importThenValidate(
      String format, Path source, String patientId, long activities, long symptoms) {
    Path folder = temp.resolve("canonical");
    Run imported =
        patientId.isEmpty()
            ? Run.of("import", format, source.toString(), "--out", folder.toString())
            : Run.of(
                "import",
                format,
                source.toString(),
                "--out",
                folder.toString(),
                "--patient-id",
                patientId);
    assertEquals(0, imported.exit(), imported.err());

    Run validated = Run.of("validate", "--in", folder.toString());

    assertEquals(0, validated.exit(), validated.out() + validated.err());
    assertEquals(
        String.join(
            "\n",
            "file             rows read    accepted    rejected  duplicates",
            String.format(Locale.ROOT, ROW, "activities.csv", activities, activities, 0, 0),
            String.format(Locale.ROOT, ROW, "symptoms.csv", symptoms, symptoms, 0, 0),
            ""),
        validated.out());
    assertEquals("", validated.err());
  }

  @ParameterizedTest
  @CsvSource({
    "apple-health, apple-health/export.xml, anna, 5, 3",
    "fitbit, fitbit/people, '', 4, 5",
    "fitbit, fitbit/account/MyFitbitData, anna, 1, 1",
    "fitbit, fitbit/fitabase, '', 0, 3"
  })
  void acceptsEveryRowImportedFromAFixture(
      String format, String fixture, String patientId, long activities, long symptoms) {
    importThenValidate(format, ImportFixtures.path(fixture), patientId, activities, symptoms);
  }

  @ParameterizedTest
  @CsvSource({
    // counts as established in RealDataImportTest
    "apple-health, apple-health/export.xml, hk-2017, 61, 63",
    "fitbit, fitbit-export-pmdata, '', 732, 974",
    "fitbit, fitbit-fitabase, '', 0, 410"
  })
  void acceptsEveryRowImportedFromARealExport(
      String format, String relative, String patientId, long activities, long symptoms) {
    Path source = ProjectRoot.realData().resolve(relative);
    assumeTrue(Files.exists(source), "real data absent: " + source);
    importThenValidate(format, source, patientId, activities, symptoms);
  }
}
