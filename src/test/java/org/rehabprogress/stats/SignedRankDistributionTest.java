package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signed-rank distribution against R's psignrank and qsignrank; see {@link RVersion}. */
class SignedRankDistributionTest {

  private static final double RELATIVE = 1e-13;

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, RELATIVE * Math.abs(expected));
  }

  @Test
  void cumulativeMatchesRForTen() {
    // R: psignrank(0:10, 10)
    double[] r = {
      0.0009765625,
      0.001953125,
      0.0029296875,
      0.0048828125,
      0.0068359375,
      0.009765625,
      0.013671875,
      0.0185546875,
      0.0244140625,
      0.0322265625,
      0.0419921875
    };
    SignedRankDistribution ten = new SignedRankDistribution(10);
    for (int q = 0; q <= 10; q++) {
      assertClose(r[q], ten.cumulative(q));
    }
  }

  @ParameterizedTest(name = "psignrank({1}, {0})")
  @CsvSource({
    // n, q, R: psignrank(q, n)
    "10, 20, 0.24609375",
    "10, 40, 0.9033203125", // above the mean: summed from the upper end, as R does
    "10, 54, 0.9990234375",
    "10, 55, 1",
    "10, -1, 0",
    "49, 0, 1.7763568394002524e-15",
    "49, 100, 8.9142986325896444e-09",
    "49, 200, 8.00780580867411e-06",
    "49, 300, 0.00075176423512957069",
    "49, 600, 0.45292177859757571",
    "49, 1000, 0.99997205121385591",
    "49, 1224, 0.99999999999999822"
  })
  void cumulativeMatchesR(int n, int q, double r) {
    assertClose(r, new SignedRankDistribution(n).cumulative(q));
  }

  @ParameterizedTest(name = "qsignrank({1}, {0})")
  @CsvSource({
    // n, p, R: qsignrank(p, n)
    "10, 0.025, 9",
    "10, 0.05, 11",
    "10, 0.5, 27",
    "10, 1e-9, 0",
    "49, 0.025, 416",
    "49, 0.005, 356",
    "1, 0.025, 0",
    "5, 0.025, 0",
    "6, 0.025, 1"
  })
  void quantileMatchesR(int n, double p, int r) {
    assertEquals(r, new SignedRankDistribution(n).quantile(p));
  }

  @Test
  void rejectsSizesOutOfRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SignedRankDistribution(0));
    assertEquals("n must be 1 to 1000, got 0", e.getMessage());
  }

  @Test
  void rejectsProbabilitiesOutsideTheLowerHalf() {
    SignedRankDistribution ten = new SignedRankDistribution(10);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ten.quantile(0.6));
    assertEquals("p must be in (0, 0.5], got 0.6", e.getMessage());
  }

  @ParameterizedTest(name = "signif({0}, 2)")
  @CsvSource({
    // p, R: signif(p, 2)
    "1, 1",
    "0.5, 0.5",
    "0.25, 0.25",
    "0.125, 0.12", // a tie goes to the even digit
    "0.0625, 0.062",
    "0.0390625, 0.039",
    "0.0050048828125, 0.0050000000000000001"
  })
  void roundsToTwoSignificantDigitsAsR(double p, double r) {
    assertEquals(r, ExactInterval.signif2(p));
  }
}
