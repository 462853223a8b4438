package org.rehabprogress.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical cell text: decimals, exact numbers, the spreadsheet-formula guard. */
class CellsTest {
  @ParameterizedTest
  @CsvSource({
    "45, 45",
    "22.183333333333334, 22.1833",
    "4.314366666475932, 4.3144",
    "0.00005, 0.0001",
    "0.00004, 0",
    "-0.0, 0",
    "1440, 1440",
    "1.0E7, 10000000",
    "1.0E-7, 0",
    "7.5, 7.5",
    "2.50000, 2.5"
  })
  void writesPlainDecimalsWithAtMostFourPlaces(double value, String text) {
    assertEquals(text, Cells.decimal(value));
  }

  @ParameterizedTest
  @CsvSource({
    "45, 45",
    "-0.0, 0",
    "0, 0",
    "7.5, 7.5",
    "2.50000, 2.5",
    "22.183333333333334, 22.183333333333334",
    "0.1, 0.1",
    "1.0E-7, 0.0000001",
    "1.0E7, 10000000",
    "-3, -3",
    "1.0E15, 1000000000000000",
    "1.0E16, 10000000000000000"
  })
  void writesExactPlainDecimals(double value, String text) {
    assertEquals(text, Cells.exact(value));
    assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(text));
  }

  @Test
  void exactRefusesNonFiniteNumbers() {
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Cells.exact(value));
      assertEquals("not a finite number: " + value, e.getMessage());
    }
  }

  @Test
  void writesTheSameDecimalsUnderAnyDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
        Locale.setDefault(locale);
        assertEquals("1234.5", Cells.decimal(1234.5));
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesNonFiniteNumbers() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cells.decimal(Double.NaN));
    assertEquals("not a finite number: NaN", e.getMessage());
  }

  @Test
  void neutralisesFormulaCellsOnly() {
    assertEquals("'=1+2", Cells.neutralise("=1+2"));
    assertEquals("'@x", Cells.neutralise("@x"));
    assertEquals("'+1", Cells.neutralise("+1"));
    assertEquals("'-1", Cells.neutralise("-1"));
    assertEquals("a=b", Cells.neutralise("a=b"));
    assertEquals("", Cells.neutralise(""));
    assertEquals("", Cells.neutralise(null));
  }
}
