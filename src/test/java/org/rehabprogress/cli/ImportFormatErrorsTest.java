package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.importer.ImportFixtures;

/** A malformed Garmin, Strava, Bearable, FHIR or Synthea source stops rehab import: one line, 4. */
class ImportFormatErrorsTest {

  @TempDir Path temp;

  private String importing(String format, Path source, int exit) {
    Path out = temp.resolve("canonical");
    // The one-person formats need a patient id for a file named as the vendor names it.
    Run run =
        List.of("garmin", "strava", "bearable").contains(format)
            ? Run.of(
                "import", format, source.toString(), "--out", out.toString(), "--patient-id", "p1")
            : Run.of("import", format, source.toString(), "--out", out.toString());
    assertEquals(exit, run.exit(), run.out() + run.err());
    return run.err().lines().findFirst().orElse("");
  }

  @Test
  void aStravaFileWithAnUnterminatedQuoteExitsFour() throws Exception {
    Path source = temp.resolve("activities.csv");
    Files.writeString(
        source,
        "Activity Date,Activity Type,Elapsed Time\n"
            + "\"Oct 6, 2022, 11:19:20 PM\",Run,2700\n"
            + "\"Oct 7, 2022, 6:30:00 AM,Swim,2400\n",
        StandardCharsets.UTF_8);

    assertEquals(
        "rehab: "
            + source
            + ":3: malformed CSV (an unterminated or stray quote) in the record starting here;"
            + " export the file again; quote cells that hold commas, quotes or line breaks",
        importing("strava", source, 4));
    // A failed import leaves no half-made folder behind.
    assertFalse(Files.exists(temp.resolve("canonical")));
  }

  @Test
  void aGarminFileOfAnotherFormatExitsFour() {
    Path source = ImportFixtures.path("strava/activities.csv");

    assertEquals(
        "rehab: "
            + source
            + ":1: the header has the columns of none of the layouts rehab reads (Activity Type,"
            + " Date and Time; Activity Type, Start Time and Duration (h:m:s)); name a Garmin"
            + " Connect activities.csv (Activity Type with Date and Time, or with Start Time and"
            + " Duration (h:m:s)) or the summarizedActivities.json of a Garmin account export",
        importing("garmin", source, 4));
  }

  @Test
  void aFhirBundleGivenAsGarminExitsFourNamingTheFormatsExpected() {
    Path source = ImportFixtures.path("fhir/Zoë_Ortiz_7c000000.json");

    assertEquals(
        "rehab: "
            + source
            + ":0: not a Garmin account export: the JSON holds no summarizedActivitiesExport"
            + " list; name a Garmin Connect activities.csv (Activity Type with Date and Time, or"
            + " with Start Time and Duration (h:m:s)) or the summarizedActivities.json of a"
            + " Garmin account export",
        importing("garmin", source, 4));
  }

  @Test
  void aBearableFileThatIsNotUtf8ExitsFour() throws Exception {
    Path source = temp.resolve("bearable.csv");
    Files.write(
        source,
        "date,category,rating/amount,detail\n1st Jun 2022,Symptom,2,R\u00fcckenschmerz\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(
        "rehab: " + source + ":2: the file is not UTF-8 text; save or export it again as UTF-8",
        importing("bearable", source, 4));
  }

  @Test
  void aCutOffFhirBundleExitsFour() throws Exception {
    Path source = Files.createDirectory(temp.resolve("bundles"));
    Path bundle = source.resolve("cut.json");
    Files.writeString(
        bundle, "{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [\n", StandardCharsets.UTF_8);

    assertEquals(
        "rehab: "
            + bundle
            + ":4: malformed JSON, such as a cut-off file or a missing comma or bracket; export"
            + " the bundle again; the file may be cut off",
        importing("fhir", source, 4));
  }

  @Test
  void aSyntheaFolderWithoutPatientsExitsFour() throws Exception {
    Path source = Files.createDirectory(temp.resolve("synthea"));
    for (String file : List.of("observations.csv", "conditions.csv")) {
      Files.copy(ImportFixtures.path("synthea/" + file), source.resolve(file));
    }

    assertEquals(
        "rehab: "
            + source.resolve("patients.csv")
            + ":0: the file does not exist; name the Synthea CSV output folder holding"
            + " observations.csv, conditions.csv and patients.csv",
        importing("synthea", source, 4));
  }
}
