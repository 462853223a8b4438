package org.rehabprogress.stats;

import static org.rehabprogress.stats.WilcoxonAssertions.assertAgrees;

import org.junit.jupiter.api.Test;

/**
 * The exact regime (fewer than 50 values, no ties, no zeros) against R's {@code wilcox.test}; see
 * {@link RVersion} for the R used.
 */
class WilcoxonSignedRankExactTest {

  /** n = 1: R widens to the only Walsh average and reports level 0. */
  @Test
  void oneValueGivesItselfAndLevelZero() {
    // R: x <- 1.5
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {1.5};
    WilcoxonResult r =
        new WilcoxonResult(
            1, // sum(x != 0)
            1, // r$statistic
            1, // r$p.value
            1.5, // r$estimate
            1.5, // r$conf.int[1]
            1.5, // r$conf.int[2]
            0, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 2: the widest interval, level 1 - signif(2 * 2^-2, 2) = 0.5. */
  @Test
  void twoValuesReportLevelHalf() {
    // R: x <- c(1.5, -0.7)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {1.5, -0.7};
    WilcoxonResult r =
        new WilcoxonResult(
            2, // sum(x != 0)
            2, // r$statistic
            1, // r$p.value
            0.40000000000000002, // r$estimate
            -0.69999999999999996, // r$conf.int[1]
            1.5, // r$conf.int[2]
            0.5, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 3: level 0.75. */
  @Test
  void threeValuesReportLevelThreeQuarters() {
    // R: x <- c(1.5, -0.7, 2.3)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {1.5, -0.7, 2.3};
    WilcoxonResult r =
        new WilcoxonResult(
            3, // sum(x != 0)
            5, // r$statistic
            0.50000000000000011, // r$p.value
            1.1499999999999999, // r$estimate
            -0.69999999999999996, // r$conf.int[1]
            2.2999999999999998, // r$conf.int[2]
            0.75, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 4: achieved alpha 0.125, signif to 0.12 (half to even), level 0.88. */
  @Test
  void fourValuesReportLevelRoundedToTwoDigits() {
    // R: x <- c(1.5, -0.7, 2.3, 0.4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {1.5, -0.7, 2.3, 0.4};
    WilcoxonResult r =
        new WilcoxonResult(
            4, // sum(x != 0)
            8, // r$statistic
            0.375, // r$p.value
            0.875, // r$estimate
            -0.69999999999999996, // r$conf.int[1]
            2.2999999999999998, // r$conf.int[2]
            0.88, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 5: achieved 0.9375, close enough that R reports 0.95 without a warning. */
  @Test
  void fiveValuesKeepTheRequestedLevel() {
    // R: x <- c(1.5, -0.7, 2.3, 0.4, 3.1)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {1.5, -0.7, 2.3, 0.4, 3.1};
    WilcoxonResult r =
        new WilcoxonResult(
            5, // sum(x != 0)
            13, // r$statistic
            0.1875, // r$p.value
            1.3499999999999999, // r$estimate
            -0.69999999999999996, // r$conf.int[1]
            3.1000000000000001, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 10, centred near 0. */
  @Test
  void tenValues() {
    // R: set.seed(10); x <- round(rnorm(10, 0.5), 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {
      0.5187, 0.3157, -0.8713, -0.0992, 0.7945, 0.8898, -0.7081, 0.1363, -1.1267, 0.2435
    };
    WilcoxonResult r =
        new WilcoxonResult(
            10, // sum(x != 0)
            30, // r$statistic
            0.845703125, // r$p.value
            0.043200000000000016, // r$estimate
            -0.48524999999999996, // r$conf.int[1]
            0.51900000000000002, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 10 with a 90% interval. */
  @Test
  void tenValuesAtNinetyPercent() {
    // R: set.seed(10); x <- round(rnorm(10, 0.5), 4)
    //    r <- wilcox.test(x, conf.int = TRUE, conf.level = 0.9)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {
      0.5187, 0.3157, -0.8713, -0.0992, 0.7945, 0.8898, -0.7081, 0.1363, -1.1267, 0.2435
    };
    WilcoxonResult r =
        new WilcoxonResult(
            10, // sum(x != 0)
            30, // r$statistic
            0.845703125, // r$p.value
            0.043200000000000016, // r$estimate
            -0.40550000000000003, // r$conf.int[1]
            0.51305000000000001, // r$conf.int[2]
            0.90000000000000002, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x, 0.9));
  }

  /** n = 20, significant at 5%. */
  @Test
  void twentyValues() {
    // R: set.seed(20); x <- round(rnorm(20, -0.4), 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {
      0.7627, -0.9859, 1.3855, -1.7326, -0.8466, 0.1696, -3.2897, -1.269, -0.8617, -0.9555, -0.4201,
      -0.5504, -1.0281, 0.9232, -1.9214, -0.8374, 0.5706, -0.3718, -0.4858, -0.0108
    };
    WilcoxonResult r =
        new WilcoxonResult(
            20, // sum(x != 0)
            46, // r$statistic
            0.026641845703125, // r$p.value
            -0.61297500000000005, // r$estimate
            -1.0070000000000001, // r$conf.int[1]
            -0.052449999999999997, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 15, all positive: V is its maximum, p = 2 / 2^15. */
  @Test
  void allPositiveValues() {
    // R: set.seed(12); x <- round(rexp(15) + 0.05, 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {
      2.2392, 0.6856, 0.1674, 2.9072, 1.8666, 0.3333, 3.9799, 4.2745, 1.3139, 0.6778, 1.2481,
      1.2664, 0.8028, 1.0603, 0.3814
    };
    WilcoxonResult r =
        new WilcoxonResult(
            15, // sum(x != 0)
            120, // r$statistic
            6.1035156250000027e-05, // r$p.value
            1.2882, // r$estimate
            0.74419999999999997, // r$conf.int[1]
            2.3288500000000001, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }

  /** n = 49, the largest exact sample. */
  @Test
  void fortyNineValuesStayExact() {
    // R: set.seed(49); x <- round(rnorm(49, 0.3), 4)
    //    r <- wilcox.test(x, conf.int = TRUE)
    //    r$method: Wilcoxon signed rank exact test
    double[] x = {
      -0.0433, -0.3134, -1.3869, -0.3128, 0.3764, -0.3528, -0.8441, 2.4929, 0.6976, 0.2339, -0.2486,
      0.2528, -0.831, 1.4604, 1.9028, 0.7517, -0.9864, -1.1685, 1.5644, 0.566, 0.4503, -0.4933,
      1.3206, 2.4089, 2.4141, 2.9106, 0.07, 0.9204, 1.3652, 1.4805, 7e-04, -2.3651, 0.6582, -0.1997,
      -0.3484, -1.6376, 0.1956, 0.0485, -0.6123, 0.2863, -1.8245, 0.4462, -2.3537, 0.7838, 0.6405,
      1.1639, 1.9145, 0.2899, -0.132
    };
    WilcoxonResult r =
        new WilcoxonResult(
            49, // sum(x != 0)
            775, // r$statistic
            0.10752609014286209, // r$p.value
            0.26190000000000002, // r$estimate
            -0.058450000000000002, // r$conf.int[1]
            0.61499999999999999, // r$conf.int[2]
            0.94999999999999996, // attr(r$conf.int, "conf.level")
            true); // r$method has "exact"
    assertAgrees(r, WilcoxonSignedRank.test(x));
  }
}
