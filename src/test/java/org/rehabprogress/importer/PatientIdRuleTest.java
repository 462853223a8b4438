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
            new ImportOptions("P-007", Set.of()), Path.of("activities.csv")));
  }

  @Test
  void makesTheIdFromTheFileNameStem() {
    assertEquals(
        "Zoe_Ortiz_strava",
        PatientIdRule.forOnePerson(
            new ImportOptions(null, Set.of()), Path.of("exports", "Zoë Ortiz (strava).csv")));
  }

  @Test
  void makesTheIdFromAFoldersWholeName(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("Anna Berg.v2"));

    assertEquals(
        "Anna_Berg.v2",
        PatientIdRule.forOnePerson(new ImportOptions(null, Set.of()), folder.resolve(".")));
  }

  @Test
  void refusesAChosenIdThatBreaksTheRule() {
    ImportOptions options = new ImportOptions("two words", Set.of());

    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> PatientIdRule.forOnePerson(options, Path.of("activities.csv")));

    assertEquals(
        "--patient-id \"two words\" is not a valid patient id; use 1-64 letters, digits, '.', '_'"
            + " or '-'",
        e.getMessage());
  }
}
