package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type-7 quantiles against R's {@code quantile}; see {@link RVersion} for the R used. */
class QuantileTest {

  private static final double[] FIVE = {3.2, 1.5, 7.25, 4, 4.5};
  private static final double[] FOUR = {5.1, 2.2, 8.9, 6.3};

  @ParameterizedTest(name = "quantile(c(3.2, 1.5, 7.25, 4, 4.5), {0})")
  @CsvSource({
    // p, R: sprintf("%.17g", quantile(c(3.2, 1.5, 7.25, 4, 4.5), p))
    "0, 1.5",
    "0.25, 3.2000000000000002",
    "0.5, 4",
    "0.75, 4.5",
    "1, 7.25"
  })
  void agreesWithRAtOrderStatistics(double p, double expected) {
    assertEquals(expected, Quantile.of(FIVE, p), 0);
  }

  @ParameterizedTest(name = "quantile(c(5.1, 2.2, 8.9, 6.3), {0})")
  @CsvSource({
    // p, R: sprintf("%.17g", quantile(c(5.1, 2.2, 8.9, 6.3), p))
    "0.25, 4.375",
    "0.5, 5.6999999999999993",
    "0.75, 6.9499999999999993"
  })
  void agreesWithRBetweenOrderStatistics(double p, double expected) {
    assertEquals(expected, Quantile.of(FOUR, p), 1e-15);
  }

  @Test
  void oneValueIsEveryQuantile() {
    // R: quantile(7, 0.25) is 7
    assertEquals(7, Quantile.of(new double[] {7}, 0.25));
  }

  @Test
  void noValuesGiveNaN() {
    assertEquals(Double.NaN, Quantile.of(new double[0], 0.5));
  }

  @Test
  void leavesTheInputAlone() {
    double[] x = FOUR.clone();
    Quantile.of(x, 0.5);
    assertArrayEquals(FOUR, x);
  }

  @Test
  void rejectsAProbabilityOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quantile.of(FOUR, 1.5));
    assertEquals("p must be in [0, 1], got 1.5", e.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Quantile.of(new double[] {1, Double.NaN}, 0.5));
    assertEquals("x[1] is NaN; values must be finite", e.getMessage());
  }
}
