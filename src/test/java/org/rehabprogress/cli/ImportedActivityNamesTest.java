package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.CatalogCsv;

/** The built-in catalog classifies every activity name the importers write for real exports. */
class ImportedActivityNamesTest {

  private static final ActivityCatalog BUILTIN = CatalogCsv.builtin();

  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource({
    "apple-health, apple-health/export.xml, hk, 8",
    "fitbit, fitbit-export-pmdata, '', 14",
    "garmin, garmin/activities.csv, gc, 10"
  })
  void classifiesEveryImportedActivityName(
      String format, String relative, String patientId, int distinct) throws Exception {
    Path source = ProjectRoot.realData().resolve(relative);
    assumeTrue(Files.exists(source), "real data absent: " + source);
    Path folder = temp.resolve("canonical");
    assertEquals(0, ImportAndValidate.importInto(folder, format, source, patientId).exit());

    Set<String> names = new TreeSet<>();
    // The third cell of each row; these exports' names hold no comma or quote.
    Files.readAllLines(folder.resolve("activities.csv")).stream()
        .skip(1)
        .forEach(line -> names.add(line.split(",", -1)[2]));

    assertEquals(distinct, names.size(), names.toString());
    assertEquals(
        List.of(),
        names.stream().filter(n -> BUILTIN.classify(n) == ActivityClass.UNCLASSIFIED).toList());
  }
}
