package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parts of Commons Statistics 1.1 this package relies on agree with R (see {@link RVersion}):
 * the standard normal quantiles and tail areas to within a few units in the last place, the exact
 * signed-rank p-values to within rounding. Where it differs from R (zeros), the package does not
 * rely on it.
 */
class CommonsStatisticsAgreesWithRTest {

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
  private static final double RELATIVE = 1e-14;

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, RELATIVE * Math.abs(expected));
  }

  @ParameterizedTest(name = "qnorm({0})")
  @CsvSource({
    // p, R: qnorm(p), R: qnorm(p, lower.tail = FALSE)
    "0.975, 1.9599639845400536, -1.9599639845400536",
    "0.025000000000000022, -1.9599639845400536, 1.9599639845400536", // (1 - 0.95) / 2
    "1e-10, -6.3613409024040557, 6.3613409024040557",
    "0.8, 0.84162123357291441, -0.84162123357291441"
  })
  void normalQuantilesAgree(double p, double lower, double upper) {
    assertClose(lower, NORMAL.inverseCumulativeProbability(p));
    assertClose(upper, NORMAL.inverseSurvivalProbability(p));
  }

  @Test
  void normalMedianIsZero() {
    // R: qnorm(0.5) is 0
    assertEquals(0.0, NORMAL.inverseCumulativeProbability(0.5), 0);
  }

  @ParameterizedTest(name = "pnorm({0})")
  @CsvSource({
    // z, R: pnorm(z), R: pnorm(z, lower.tail = FALSE)
    "-1.96, 0.024997895148220428, 0.97500210485177963",
    "0, 0.5, 0.5",
    "0.5, 0.69146246127401301, 0.30853753872598694",
    "-8.5, 9.4795348222033192e-18, 1",
    "3.3, 0.99951657585761622, 0.00048342414238377744"
  })
  void normalTailAreasAgree(double z, double lower, double upper) {
    assertClose(lower, NORMAL.cumulativeProbability(z));
    assertClose(upper, NORMAL.survivalProbability(z));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // x; R: wilcox.test(x)$statistic; R: wilcox.test(x)$p.value
        "1.5, -0.7, 2.3, 0.4, 3.1; 13; 0.1875",
        "0.5187, 0.3157, -0.8713, -0.0992, 0.7945, 0.8898, -0.7081, 0.1363, -1.1267, 0.2435;"
            + " 30; 0.845703125",
        "2.2392, 0.6856, 0.1674, 2.9072, 1.8666, 0.3333, 3.9799, 4.2745, 1.3139, 0.6778,"
            + " 1.2481, 1.2664, 0.8028, 1.0603, 0.3814; 120; 6.1035156250000027e-05"
      })
  void exactSignedRankTestAgrees(String values, double statistic, double p) {
    double[] x = parse(values);
    WilcoxonSignedRankTest.Result result =
        WilcoxonSignedRankTest.withDefaults().with(PValueMethod.EXACT).test(x);
    assertEquals(statistic, result.getStatistic(), 0);
    assertClose(p, result.getPValue());
  }

  @Test
  void signedRankTestRanksZerosWhereRDropsThem() {
    // R: wilcox.test(c(0, 3))$statistic is 1 (the zero dropped); Commons ranks the zero first,
    // so the package drops zeros itself before calling it.
    double[] x = {0, 3};
    assertEquals(2.0, WilcoxonSignedRankTest.withDefaults().statistic(x), 0);
    assertEquals(1.0, WilcoxonSignedRank.test(x).statistic(), 0);
  }

  private static double[] parse(String values) {
    String[] parts = values.split(",", -1);
    double[] x = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      x[i] = Double.parseDouble(parts[i].trim());
    }
    return x;
  }
}
