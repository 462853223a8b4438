package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;
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

  /** The definition: the decimal Double.toString shows, rounded half up (away from zero). */
  private static BigDecimal asShown(double x, int decimals) {
    return new BigDecimal(Double.toString(x)).setScale(decimals, RoundingMode.HALF_UP);
  }

  private static void assertAsShown(double x, int decimals) {
    BigDecimal expected = asShown(x, decimals);
    assertEquals(expected.toPlainString(), Round.format(x, decimals), () -> x + " to " + decimals);
    double value = expected.doubleValue();
    assertEquals(value == 0 ? 0.0 : value, Round.half(x, decimals), () -> x + " to " + decimals);
  }

  @Test
  void agreesWithTheDecimalAsShownOnManyValues() {
    Random random = new Random(20261204);
    for (int trial = 0; trial < 400_000; trial++) {
      int decimals = random.nextInt(8);
      double x;
      switch (trial % 5) {
        case 0 -> x = (double) random.nextInt(2000) / (1 + random.nextInt(400)); // daily means
        case 1 -> x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 3);
        case 2 -> {
          // a half of the last kept decimal, and its neighbours a few ulps away
          double half = (random.nextInt(2_000_000) - 1_000_000 + 0.5) / Math.pow(10, decimals);
          x = half;
          for (int step = random.nextInt(9) - 4; step != 0; step -= Integer.signum(step)) {
            x = step > 0 ? Math.nextUp(x) : Math.nextDown(x);
          }
        }
        case 3 -> x = 100.0 * (random.nextInt(200) - 100) / (1 + random.nextInt(100)); // change %
        default -> x = Double.longBitsToDouble(random.nextLong());
      }
      if (Double.isFinite(x)) {
        assertAsShown(x, decimals);
      }
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
