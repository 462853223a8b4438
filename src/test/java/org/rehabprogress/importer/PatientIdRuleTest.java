package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientIdRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {"p01", "1503960366", "anna.berg_2-x", "A"})
  void acceptsLettersDigitsDotsUnderscoresAndHyphens(String id) {
    assertTrue(PatientIdRule.isValid(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "anna berg", "../x", "anna/b", "Jürgen", "a;b"})
  void rejectsOtherCharactersAndEmptyIds(String id) {
    assertFalse(PatientIdRule.isValid(id));
  }

  @Test
  void rejectsIdsOver64CharactersAndNull() {
    assertTrue(PatientIdRule.isValid("a".repeat(64)));
    assertFalse(PatientIdRule.isValid("a".repeat(65)));
    assertFalse(PatientIdRule.isValid(null));
  }

  @ParameterizedTest
  @CsvSource({
    "Anna Berg, Anna_Berg",
    "Jürgen Groß, Jurgen_Gro",
    "  --x--  , --x--",
    "'***', patient",
    "p01, p01",
    "../../etc, .._.._etc"
  })
  void sanitisesDerivedNamesIntoValidIds(String name, String id) {
    assertEquals(id, PatientIdRule.sanitise(name));
    assertTrue(PatientIdRule.isValid(PatientIdRule.sanitise(name)));
  }

  @Test
  void cutsSanitisedIdsTo64Characters() {
    assertEquals("b".repeat(64), PatientIdRule.sanitise("b".repeat(80)));
  }

  @Test
  void dropsTheExtensionOfAFileName() {
    assertEquals("export", PatientIdRule.fromFileName("export.zip"));
    assertEquals("anna_export", PatientIdRule.fromFileName("anna export.xml"));
  }

  @Test
  void takesTheChosenId() {
    assertEquals(
        "P-007",
        PatientIdRule.forOnePerson(
            new ImportOptions("P-007", Set.of()), Path.of("activities.csv"), "Strava"));
  }

  @Test
  void makesTheIdFromTheFileNameStem() {
    assertEquals(
        "Zoe_Ortiz_strava",
        PatientIdRule.forOnePerson(
            new ImportOptions(null, Set.of()),
            Path.of("exports", "Zoë Ortiz (strava).csv"),
            "Strava"));
  }

  @Test
  void makesTheIdFromAFoldersWholeName(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("Anna Berg.v2"));

    assertEquals(
        "Anna_Berg.v2",
        PatientIdRule.forOnePerson(
            new ImportOptions(null, Set.of()), folder.resolve("."), "Fitbit"));
  }

  @Test
  void refusesAChosenIdThatBreaksTheRule() {
    ImportOptions options = new ImportOptions("two words", Set.of());

    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> PatientIdRule.forOnePerson(options, Path.of("activities.csv"), "Strava"));

    assertEquals(
        "--patient-id \"two words\" is not a valid patient id; use 1-64 letters, digits, '.', '_'"
            + " or '-'",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "export.xml|the Health app",
        "export.zip|the Health app",
        "Export (1).zip|the Health app",
        "export 2.xml|the Health app",
        "apple_health_export|the Health app",
        "activities.csv|Strava",
        "activities (3).csv|Garmin Connect",
        "Activities-1.CSV|Garmin Connect",
        "anna@example.com_0_summarizedActivities.json|Garmin Connect",
        "bearable-export-08-01-2022.csv|Bearable",
        "MyFitbitData|Fitbit"
      })
  void refusesToMakeAnIdFromAVendorsDefaultName(String name, String vendor) {
    ImportOptions options = new ImportOptions(null, Set.of());

    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> PatientIdRule.forOnePerson(options, Path.of("downloads", name), vendor));

    assertEquals(
        "\""
            + name
            + "\" is the name "
            + vendor
            + " gives every export, so it does not say whose data this is; name the patient with"
            + " --patient-id ID",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "anna-export.xml",
        "export_38471022",
        "p01",
        "Zoe activities 2024.csv",
        "bearable-anna.csv",
        "sleep-clinic-12"
      })
  void makesAnIdFromANameThatIsNotAVendorsDefault(String name) {
    assertEquals(false, VendorNames.generic(name));
  }
}
