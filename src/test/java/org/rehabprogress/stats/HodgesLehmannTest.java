package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Hodges-Lehmann estimate against the median of all Walsh averages, built in full. */
class HodgesLehmannTest {

  /** The brute-force route R takes: all sums, sorted, halved, and their median. */
  private static double bruteForce(double[] x) {
    int n = x.length;
    double[] walsh = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        walsh[k++] = x[i] + x[j];
      }
    }
    Arrays.sort(walsh);
    for (int i = 0; i < k; i++) {
      walsh[i] /= 2;
    }
    return Median.ofSorted(walsh, k);
  }

  private static double[] sample(Random random, int n, int decimals) {
    double scale = Math.pow(10, decimals);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      // Skewed, with ties and zeros when rounded coarsely.
      x[i] = Math.round((random.nextGaussian() + random.nextDouble() * 2 - 0.7) * scale) / scale;
    }
    return x;
  }

  @Test
  void takesTheMiddleWalshAverage() {
    // Averages 1, 1.5, 2, 2, 2.5, 3: the two middle ones are 2 and 2.
    assertEquals(2.0, HodgesLehmann.estimate(new double[] {1, 2, 3}));
    // Averages 0, 5, 10.
    assertEquals(5.0, HodgesLehmann.estimate(new double[] {10, 0}));
    // Averages 1, 1.5, 2, 2.5, 3, 4, 4, 4.5, 5.5, 7: (3 + 4) / 2.
    assertEquals(3.5, HodgesLehmann.estimate(new double[] {7, 1, 4, 2}));
  }

  @Test
  void oneValueIsItsOwnEstimate() {
    assertEquals(-2.5, HodgesLehmann.estimate(new double[] {-2.5}));
  }

  @Test
  void noValuesGiveNaN() {
    assertEquals(Double.NaN, HodgesLehmann.estimate(new double[0]));
  }

  @Test
  void agreesWithRsExactEstimate() {
    // R: set.seed(20); x <- round(rnorm(20, -0.4), 4); wilcox.test(x, conf.int = TRUE)$estimate
    double[] x = {
      0.7627, -0.9859, 1.3855, -1.7326, -0.8466, 0.1696, -3.2897, -1.269, -0.8617, -0.9555, -0.4201,
      -0.5504, -1.0281, 0.9232, -1.9214, -0.8374, 0.5706, -0.3718, -0.4858, -0.0108
    };
    assertEquals(-0.61297500000000005, HodgesLehmann.estimate(x), 0);
  }

  @Test
  void findsEveryOrderedSum() {
    Random random = new Random(7);
    for (int n = 1; n <= 12; n++) {
      double[] x = sample(random, n, 1);
      Arrays.sort(x);
      double[] sums = new double[n * (n + 1) / 2];
      int k = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
          sums[k++] = x[i] + x[j];
        }
      }
      Arrays.sort(sums);
      for (int rank = 1; rank <= sums.length; rank++) {
        assertEquals(sums[rank - 1], HodgesLehmann.kthSum(x, rank), 0, "n=" + n + " k=" + rank);
      }
    }
  }

  @Test
  void equalsTheBruteForceMedianForSmallSamples() {
    Random random = new Random(11);
    for (int n = 1; n <= 40; n++) {
      for (int decimals = 0; decimals <= 4; decimals += 2) {
        double[] x = sample(random, n, decimals);
        assertEquals(bruteForce(x), HodgesLehmann.estimate(x), 0, Arrays.toString(x));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 61, 1000})
  void equalsTheBruteForceMedianForLargerSamples(int n) {
    Random random = new Random(n);
    for (int decimals = 1; decimals <= 4; decimals += 3) {
      double[] x = sample(random, n, decimals);
      assertEquals(bruteForce(x), HodgesLehmann.estimate(x), 0);
    }
  }

  @Test
  void handlesZerosOfBothSigns() {
    double[] x = {-0.0, 0.0, -0.0, 1, -1};
    assertEquals(bruteForce(x), HodgesLehmann.estimate(x), 0);
  }

  @Test
  void leavesTheInputAlone() {
    double[] x = {3, 1, 2};
    HodgesLehmann.estimate(x);
    assertEquals("[3.0, 1.0, 2.0]", Arrays.toString(x));
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HodgesLehmann.estimate(new double[] {Double.NaN}));
    assertEquals("x[0] is NaN; values must be finite", e.getMessage());
  }
}
