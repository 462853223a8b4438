package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientIdsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "activities.csv|activities",
        "Bearable export 2021-03.csv|Bearable_export_2021-03",
        "Zoë Ortiz.csv|Zoe_Ortiz",
        "__x__.csv|x",
        "???.csv|patient",
        ".csv|csv",
        "no-extension|no-extension",
        "山田.csv|patient"
      })
  void sanitisesTheFileNameStem(String fileName, String expected) {
    assertEquals(expected, ExportIds.fromFileName(fileName));
  }

  @Test
  void cutsLongStemsToSixtyFourCharacters() {
    String id = ExportIds.fromFileName("a".repeat(70) + ".csv");

    assertEquals("a".repeat(64), id);
  }

  @Test
  void refusesAChosenIdThatBreaksTheRule() {
    ImportOptions options = new ImportOptions("two words", Set.of());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExportIds.single(options, Path.of("activities.csv")));

    assertEquals(
        "patient id \"two words\" is not valid; use 1-64 letters, digits, '.', '_' or '-'",
        e.getMessage());
  }
}
