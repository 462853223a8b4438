package org.rehabprogress.stats;

import static java.lang.Double.NaN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rehabprogress.stats.WilcoxonAssertions.assertAgrees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The normal approximation (ties, zeros or 50 values and more) against R's {@code wilcox.test}; see
 * {@link RVersion} for the R used.
 */
class WilcoxonSignedRankApproximateTest {

  /** Ties: the normal approximation even though n < 50. */
  @Test
  void tiesUseTheNormalApproximation() {
    // R: x <- c(1, 2, 2, -1, 3, 3, 3, -2, 4, 5)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {1, 2, 2, -1, 3, 3, 3, -2, 4, 5};
    WilcoxonResult r =
        new WilcoxonResult(
            10, // sum(x != 0)
            49.5, // r$statistic
            0.027495967938017184, // r$p.value
            2.0000385029039283, // r$estimate
            0.49994313601653395, // r$conf.int[1]
            3.5000780467183383, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** Zeros: dropped (n = 6), approximate; the 95% level is not reachable, R reports 0.9. */
  @Test
  void zerosAreDroppedAndForceTheApproximation() {
    // R: x <- c(0, 1.5, -0.5, 2, 0, 3.1, 2.2, -1.1)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {0, 1.5, -0.5, 2, 0, 3.1, 2.2, -1.1};
    WilcoxonResult r =
        new WilcoxonResult(
            6, // sum(x != 0)
            18, // r$statistic
            0.14221324193639251, // r$p.value
            1.3000315223458443, // r$estimate
            -0.50000367036457949, // r$conf.int[1]
            2.5500112875106131, // r$conf.int[2]
            0.89999999999999991, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 50 without ties: approximate from 50 on. */
  @Test
  void fiftyValuesUseTheApproximation() {
    // R: set.seed(50); x <- round(rnorm(50, 0.2), 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {
      0.7497, -0.6416, 0.233, 0.7241, -1.5276, -0.0779, 0.5608, -0.3909, 1.1756, -1.2457, 0.4952,
      0.7548, -0.2986, 0.3957, -0.2555, -0.1629, 0.0432, -0.5653, -0.966, -0.1234, -0.1499, -0.3869,
      -1.3899, 1.8896, 0.7636, 2.8676, 0.5565, -0.1621, 0.7687, 0.2287, 0.399, -0.6514, -0.9304,
      0.7972, -0.896, 0.2191, 0.6162, 2.0397, 0.6062, 0.5932, 0.3096, -0.2134, 0.3118, -2.6923,
      0.2953, 0.6999, 1.1494, -1.4584, -1.2816, -0.2907
    };
    WilcoxonResult r =
        new WilcoxonResult(
            50, // sum(x != 0)
            712, // r$statistic
            0.47501534272079171, // r$p.value
            0.086915899275369829, // r$estimate
            -0.18773754362159684, // r$conf.int[1]
            0.31596901729860666, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 60. */
  @Test
  void sixtyValues() {
    // R: set.seed(60); x <- round(rnorm(60, -0.1, 2), 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {
      1.3413, 0.8998, -1.2502, -0.4072, -3.5664, -3.5435, 2.054, 0.5476, -1.9114, 0.7793, -0.5041,
      -0.1267, 2.6292, -1.2836, -0.888, 2.9758, -0.4951, 1.0868, -0.7575, 0.785, -0.6827, -1.08,
      1.2564, 1.2871, 0.5095, 0.7879, -0.5583, -3.5871, 4.2496, 3.1567, -0.6528, 3.158, -0.3438,
      -1.1785, 0.6418, -3.0909, -1.6544, -1.9494, 0.6848, -0.4559, 3.5548, 2.2964, 0.7116, 0.6933,
      1.0309, 1.9697, -4.4094, 0.0419, 4.2266, 1.7006, 3.3188, 3.1423, 2.0538, -0.2104, 0.8421,
      -2.8887, -0.6959, -0.1476, -1.2934, 0.0243
    };
    WilcoxonResult r =
        new WilcoxonResult(
            60, // sum(x != 0)
            1064, // r$statistic
            0.27430685490488849, // r$p.value
            0.22554648907385177, // r$estimate
            -0.25219898435203275, // r$conf.int[1]
            0.78125141976923562, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 200 from a t distribution with 3 degrees of freedom. */
  @Test
  void twoHundredHeavyTailedValues() {
    // R: set.seed(200); x <- round(rt(200, df = 3) * 0.8 + 0.15, 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {
      0.2246, 0.4814, 0.2121, 0.6521, 1.614, 2.1781, -2.5309, -0.2613, 2.061, 0.4173, -0.6714,
      -0.7557, 0.2268, 0.5502, 0.2819, -0.3571, -1.2781, 0.3301, 0.8886, 2e-04, 4.692, 0.5134,
      0.4651, 0.2268, 2.586, 0.6091, -0.0374, 0.2327, 0.4946, -0.2585, 0.8727, 0.5798, 0.1904,
      1.4112, 0.9095, 0.0459, -0.8964, 1.1305, 0.4965, 0.3422, 0.367, 0.2995, -1.6088, -2.14,
      0.9426, -0.4642, 0.7492, 1.3632, -0.5254, 1.6776, -0.712, 2.2241, 0.742, 0.4941, -1.4893,
      0.538, 1.1503, 1.1525, 0.2631, 1.8557, -1.2867, -0.912, 0.1177, 2.1919, -2.7742, -0.4878,
      -0.5259, 0.363, 0.0933, 0.6601, 0.7366, 0.1662, 0.8108, 2.1421, 0.7506, -0.289, -1.3629,
      -0.5717, 0.4448, 0.8013, 6.6923, 2.9056, 1.3243, 0.0624, 0.8985, -0.0833, 0.2178, 0.2198,
      0.179, 0.3339, -1.2078, -0.2164, 0.3771, 0.5846, 0.5996, -0.1014, 0.2486, -3.4611, 0.8502,
      0.248, -0.4192, 0.7554, -0.618, 0.6628, 1.2698, -1.1282, -0.1831, -0.2528, 1.0543, -0.1703,
      -0.2713, -0.4457, 0.2068, -0.8206, -0.8023, -0.6497, 0.4052, 1.2695, -0.1322, 8.1879, -0.2391,
      -0.1339, 0.95, 0.7608, -0.339, 1.1341, 0.0694, -1.4401, 1.8442, 0.0484, 0.2037, 1.8052,
      -0.2703, 0.7505, 1.8841, -1.0776, -0.5854, 2.6252, -0.5724, -0.721, -1.4226, -0.949, 1.2032,
      0.1374, 0.8209, -0.6026, 0.9968, -0.1242, 0.4905, 1.7683, -0.6173, -0.5947, 4.1266, 1.9616,
      -1.9596, 2.4925, 0.1938, -2.1886, 0.7938, -0.0114, 3.5672, -0.8035, -0.6388, 0.0144, 0.6528,
      -0.4635, -0.1809, -0.7284, 1.8057, -1.0708, -0.2986, -0.5554, 0.7524, 0.1487, 0.223, -0.3531,
      0.3351, 0.3426, -0.2137, -0.8477, 0.6744, -0.8808, 0.2658, -0.0896, 0.0838, -0.2485, -0.3101,
      1.0615, 1.1364, 1.511, 0.5445, 0.4557, 0.9404, 0.1736, 0.3024, -0.1936, -4.0698, 0.0937,
      -0.7529, -0.2935
    };
    WilcoxonResult r =
        new WilcoxonResult(
            200, // sum(x != 0)
            12703, // r$statistic
            0.0012100450089152209, // r$p.value
            0.22738758477564425, // r$estimate
            0.091797290963582551, // r$conf.int[1]
            0.36294559874626481, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 80, skewed to the left, rounded to 2 decimals (ties). */
  @Test
  void negativelySkewedValuesWithTies() {
    // R: set.seed(7); x <- round(1 - rexp(80, 0.8), 2)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {
      0.94, -1.03, -1.14, -0.02, 0.32, -2.28, 0.06, -4.34, 0.74, 0.94, -0.18, 0.06, -1.34, -1.33,
      -0.51, 0.57, 0.15, -0.2, 0.35, -0.14, -2, 0.21, 0.5, 0.45, 0.31, 0.68, 0.44, -0.55, -1.11,
      -1.36, -0.57, 0.01, -1.4, 0.99, 0.34, 0.52, 0.89, 0.6, -0.16, -0.12, 0.15, 0.7, -0.83, 0.83,
      -0.25, 0.24, -0.8, -2.25, 0.34, -0.36, -0.7, -0.34, -4.29, 0.84, 0.82, 0.9, -0.39, 0.19,
      -1.34, -0.6, -0.2, -0.34, 0.96, -1.52, 0.54, -0.6, -3.01, 0.68, 0.84, 0.28, -1.32, 0.17, 0.92,
      -0.06, 0.48, -0.22, 0.35, -1.09, 0.69, -2.27
    };
    WilcoxonResult r =
        new WilcoxonResult(
            80, // sum(x != 0)
            1392.5, // r$statistic
            0.27624163904800481, // r$p.value
            -0.12996038676310173, // r$estimate
            -0.36494338280491501, // r$conf.int[1]
            0.095029022677870334, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 60, all positive: a tiny p-value. */
  @Test
  void allPositiveValuesFarFromZero() {
    // R: set.seed(8); x <- round(rlnorm(60, 0, 0.7), 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {
      0.9425, 1.8009, 0.7229, 0.6801, 1.674, 0.9273, 0.8876, 0.4668, 0.1215, 0.6602, 0.5875, 1.2268,
      1.3431, 0.4041, 1.0497, 0.566, 2.8794, 0.8269, 2.9766, 0.8469, 2.4551, 0.9934, 0.7557, 1.0155,
      3.387, 0.4607, 0.476, 3.9189, 1.5248, 0.2431, 2.871, 1.9632, 0.337, 0.5818, 2.417, 1.3497,
      1.8062, 0.613, 0.9556, 1.3905, 1.2898, 0.6504, 1.1738, 0.8324, 1.5354, 0.254, 0.6285, 1.2198,
      1.207, 0.6389, 2.1297, 0.7744, 1.5107, 0.9349, 1.974, 1.4992, 0.5804, 0.6567, 0.3501, 1.6954
    };
    WilcoxonResult r =
        new WilcoxonResult(
            60, // sum(x != 0)
            1830, // r$statistic
            1.6713285696526445e-11, // r$p.value
            1.0876115375338478, // r$estimate
            0.90738296296931698, // r$conf.int[1]
            1.3139290712326435, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 25 pain differences to 1 decimal: many ties and one zero. */
  @Test
  void painDifferencesWithTiesAndAZero() {
    // R: set.seed(25); x <- round(rnorm(25, -0.3, 0.8), 1)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {
      -0.5, -1.1, -1.2, 0, -1.5, -0.7, 1.1, 0.1, -0.2, -0.3, -1.7, -1.4, -0.7, -1.5, -0.2, 0.4,
      -0.9, 0.5, 0.9, -1.1, 0.1, -0.2, -0.2, 1.6, -1.6
    };
    WilcoxonResult r =
        new WilcoxonResult(
            24, // sum(x != 0)
            72.5, // r$statistic
            0.027647771142930294, // r$p.value
            -0.4709183673469387, // r$estimate
            -0.85001746746003015, // r$conf.int[1]
            -0.050051078342392301, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /**
   * Three values, two tied: the level halves down to nothing, the interval is the median twice,
   * level 0.
   */
  @Test
  void unreachableLevelFallsBackToTheMedian() {
    // R: x <- c(1.2, 1.2, 2.5)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {1.2, 1.2, 2.5};
    WilcoxonResult r =
        new WilcoxonResult(
            3, // sum(x != 0)
            6, // r$statistic
            0.17356816655592155, // r$p.value
            1.7384776310850234, // r$estimate
            1.2, // r$conf.int[1]
            1.2, // r$conf.int[2]
            0, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** One value left after dropping the zero: no interval, the estimate is the midrange. */
  @Test
  void oneNonzeroValueHasNoInterval() {
    // R: x <- c(0, 3)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {0, 3};
    WilcoxonResult r =
        new WilcoxonResult(
            1, // sum(x != 0)
            1, // r$statistic
            1, // r$p.value
            3, // r$estimate
            Double.NaN, // r$conf.int[1]
            Double.NaN, // r$conf.int[2]
            0, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** All values equal: sigma is 0 at the ends, no interval, the estimate is the midrange. */
  @Test
  void equalValuesHaveNoInterval() {
    // R: x <- c(2, 2, 2)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {2, 2, 2};
    WilcoxonResult r =
        new WilcoxonResult(
            3, // sum(x != 0)
            6, // r$statistic
            0.14891467317876567, // r$p.value
            2, // r$estimate
            Double.NaN, // r$conf.int[1]
            Double.NaN, // r$conf.int[2]
            0, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** All zeros: n = 0 after dropping them; R returns NaN figures and level 0. */
  @Test
  void allZerosGiveNaN() {
    // R: x <- c(0, 0, 0)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = {0, 0, 0};
    WilcoxonResult r =
        new WilcoxonResult(
            0, // sum(x != 0)
            0, // r$statistic
            Double.NaN, // r$p.value
            Double.NaN, // r$estimate
            Double.NaN, // r$conf.int[1]
            Double.NaN, // r$conf.int[2]
            0, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** A million values with ties and zeros: the interval without the n^2 Walsh averages. */
  @Test
  void millionValuesAgreeWithR() {
    // R: x <- ((1:1e6 * 7919) %% 10007 - 5000) / 1000  # 10007 distinct values, 100 zeros
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank test with continuity correction
    double[] x = new double[1_000_000];
    for (int i = 1; i <= x.length; i++) {
      x[i - 1] = ((i * 7919L) % 10007 - 5000) / 1000.0;
    }
    WilcoxonResult r =
        new WilcoxonResult(
            999_900, // sum(x != 0)
            250250700712.0, // r$statistic
            0.29790405356341815, // r$p.value
            0.0030012509989481018, // r$estimate
            -0.0025558177175431852, // r$conf.int[1]
            0.0085381520789065274, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            false); // r$method lacks "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** R drops missing values before anything else; NaN plays their part here. */
  @Test
  void dropsNaNLikeRDropsNA() {
    double[] withNaN = {Double.NaN, 1, 2, 2, -1, 3, Double.NaN, 3, 3, -2, 4, 5};
    double[] without = {1, 2, 2, -1, 3, 3, 3, -2, 4, 5};
    assertEquals(WilcoxonSignedRank.test(without), WilcoxonSignedRank.test(withNaN));
  }

  /** With no values at all R stops; the result is then the all-zero one. */
  @Test
  void noValuesGiveTheAllZeroResult() {
    WilcoxonResult none = new WilcoxonResult(0, 0, NaN, NaN, NaN, NaN, 0, false);
    assertEquals(none, WilcoxonSignedRank.test(new double[0]));
    assertEquals(none, WilcoxonSignedRank.test(new double[] {NaN}));
  }

  @Test
  void leavesTheInputAlone() {
    double[] x = {3, -1, 0, 2, 2};
    WilcoxonSignedRank.test(x);
    assertArrayEquals(new double[] {3, -1, 0, 2, 2}, x);
  }

  @Test
  void rejectsInfiniteValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WilcoxonSignedRank.test(new double[] {1, Double.POSITIVE_INFINITY}));
    assertEquals("x[1] is Infinity; values must be finite", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.5, Double.NaN})
  void rejectsLevelsOutsideZeroToOne(double level) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> WilcoxonSignedRank.test(new double[] {1}, level));
    assertEquals("level must be between 0 and 1, got " + level, e.getMessage());
  }
}
