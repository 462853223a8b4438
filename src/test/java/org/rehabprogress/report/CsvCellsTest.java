package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared cell rules of the CSV outputs. */
class CsvCellsTest {

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      delimiterString = " -> ",
      value = {
        "=HYPERLINK(A1) -> '=HYPERLINK(A1)",
        "+1+1 -> '+1+1",
        "-2+3 -> '-2+3",
        "@SUM(A1) -> '@SUM(A1)",
        "walking -> walking",
        "'quoted -> 'quoted",
        "a=b -> a=b",
        "\" =x\" -> \" =x\"", // only the first character counts
      })
  void neutralisesTextThatASpreadsheetWouldRunAsAFormula(String text, String cell) {
    assertEquals(cell, CsvCells.text(text));
  }

  @Test
  void writesNullTextAsAnEmptyCell() {
    assertEquals("", CsvCells.text(null));
    assertEquals("", CsvCells.text(""));
  }

  @ParameterizedTest
  @CsvSource({
    "2.675, 2.68",
    "-0.755, -0.76",
    "1.005, 1.01",
    "3, 3.00",
    "-0.004, 0.00",
    "NaN, ''",
  })
  void showsNumbersRoundedHalfAwayFromZero(double value, String cell) {
    assertEquals(cell, CsvCells.number(value));
  }

  @Test
  void writesFlagsAsTrueOrFalse() {
    assertEquals("true", CsvCells.flag(true));
    assertEquals("false", CsvCells.flag(false));
  }
}
