package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wilson intervals against R's {@code prop.test}; see {@link RVersion} for the R used. */
class WilsonTest {

  private static final double R_AGREEMENT = 1e-9;

  @ParameterizedTest(name = "prop.test({0}, {1}, correct = FALSE, conf.level = {2})")
  @CsvSource({
    // k, n, level, R: prop.test(k, n, correct = FALSE, conf.level = level)$conf.int
    "0, 10, 0.95, 0, 0.27753279986288915",
    "10, 10, 0.95, 0.72246720013711085, 1",
    "0, 1, 0.95, 0, 0.79345068562276255",
    "1, 1, 0.95, 0.2065493143772375, 1",
    "7, 23, 0.95, 0.15604024453214027, 0.50865756268759199",
    "12, 40, 0.95, 0.18074845229746531, 0.45430018818144935",
    "512, 10000, 0.95, 0.047049863664017623, 0.055694813273501682",
    "499999, 1000000, 0.95, 0.49901901989384828, 0.50097898011383479",
    "3, 17, 0.9, 0.072814466547064485, 0.36896697806902579",
    "3, 17, 0.99, 0.04582970654468152, 0.48875679130677457"
  })
  void agreesWithRsPropTest(int k, int n, double level, double low, double high) {
    Wilson.Interval interval = Wilson.interval(k, n, level);
    assertEquals(k, interval.k());
    assertEquals(n, interval.n());
    assertEquals((double) k / n, interval.share());
    assertEquals(low, interval.low(), R_AGREEMENT);
    assertEquals(high, interval.high(), R_AGREEMENT);
  }

  @Test
  void defaultsToNinetyFivePercent() {
    assertEquals(Wilson.interval(7, 23, 0.95), Wilson.interval(7, 23));
  }

  @Test
  void boundsAreExactAtTheEdges() {
    assertEquals(0.0, Wilson.interval(0, 10).low());
    assertEquals(1.0, Wilson.interval(10, 10).high());
  }

  @Test
  void noTrialsGiveNaN() {
    assertEquals(
        new Wilson.Interval(0, 0, Double.NaN, Double.NaN, Double.NaN), Wilson.interval(0, 0));
  }

  @Test
  void rejectsMoreSuccessesThanTrials() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(3, 2));
    assertEquals("need 0 <= k <= n, got k=3 n=2", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 2));
  }

  @Test
  void rejectsLevelsOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 2, 1.0));
    assertEquals("level must be between 0 and 1, got 1.0", e.getMessage());
  }
}
