package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rounding half away from zero as shown, independent of the locale. */
class RoundTest {

  @ParameterizedTest
  @CsvSource({
    "2.675, 2.68", // binary 2.67499999..., shown as 2.675
    "-0.755, -0.76",
    "1.005, 1.01", // binary 1.00499999...
    "0.125, 0.13",
    "-0.125, -0.13",
    "2.674999, 2.67",
    "-2.0, -2.0",
    "123456.785, 123456.79",
    "0.004999, 0.0",
    "-0.001, 0.0"
  })
  void roundsHalfAwayFromZeroAsShown(double x, double expected) {
    assertEquals(expected, Round.half(x, 2));
  }

  @Test
  void neverGivesNegativeZero() {
    assertEquals(0x0L, Double.doubleToRawLongBits(Round.half(-0.001, 2)));
  }

  @Test
  void roundsToOtherNumbersOfDecimals() {
    assertEquals(3.0, Round.half(2.5, 0));
    assertEquals(-3.0, Round.half(-2.5, 0));
    assertEquals(0.1235, Round.half(0.12345, 4));
  }

  @Test
  void leavesNaNAndInfinitiesAlone() {
    assertEquals(Double.NaN, Round.half(Double.NaN, 2));
    assertEquals(Double.NEGATIVE_INFINITY, Round.half(Double.NEGATIVE_INFINITY, 2));
  }

  @ParameterizedTest
  @CsvSource({
    "2.675, 2.68",
    "-0.755, -0.76",
    "1.005, 1.01",
    "3, 3.00",
    "-0.001, 0.00",
    "0.1, 0.10",
    "1234567.891, 1234567.89",
    "1e20, 100000000000000000000.00",
    "1e-7, 0.00"
  })
  void formatsWithTwoDecimalsAndADot(double x, String expected) {
    assertEquals(expected, Round.format(x));
  }

  @Test
  void formatsMissingValuesAsEmpty() {
    assertEquals("", Round.format(Double.NaN));
    assertEquals("", Round.format(Double.POSITIVE_INFINITY));
    assertEquals("", Round.format(Double.NaN, 1));
  }

  @Test
  void formatsOtherNumbersOfDecimals() {
    assertEquals("3", Round.format(2.5, 0));
    assertEquals("-0.8", Round.format(-0.75, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "tr", "fr-CH", "ar-EG"})
  void doesNotDependOnTheDefaultLocale(String tag) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertEquals("1234.57", Round.format(1234.565));
      assertEquals("-0.76", Round.format(-0.755));
      assertEquals("", Round.format(Double.NaN));
      assertEquals(2.68, Round.half(2.675, 2));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rejectsNegativeDecimals() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Round.half(1.5, -1));
    assertEquals("decimals must be 0 or more, got -1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Round.format(Double.NaN, -1));
  }
}
