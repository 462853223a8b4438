package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportIdsTest {

  @Test
  void takesTheChosenId() {
    assertEquals(
        "P-007", ExportIds.single(new ImportOptions("P-007", Set.of()), Path.of("activities.csv")));
  }

  @Test
  void makesTheIdFromTheFileNameStem() {
    assertEquals(
        "Zoe_Ortiz_strava",
        ExportIds.single(
            new ImportOptions(null, Set.of()), Path.of("exports", "Zoë Ortiz (strava).csv")));
  }

  @Test
  void refusesAChosenIdThatBreaksTheRule() {
    ImportOptions options = new ImportOptions("two words", Set.of());

    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> ExportIds.single(options, Path.of("activities.csv")));

    assertEquals(
        "--patient-id \"two words\" is not a valid patient id; use 1-64 letters, digits, '.', '_'"
            + " or '-'",
        e.getMessage());
  }
}
