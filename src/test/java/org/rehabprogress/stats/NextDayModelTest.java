package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-patient model {@code y ~ F + L + O + p} of SPEC 3b against R's {@code lm} (see {@link
 * RVersion}). Every expected value was printed by R with {@code sprintf("%.17g", x)} from
 *
 * <pre>
 * fit &lt;- lm(y ~ F + L + O + p); v &lt;- vcov(fit)
 * est &lt;- coef(fit)["F"] - coef(fit)["L"]
 * se &lt;- sqrt(v["F","F"] + v["L","L"] - 2 * v["F","L"])
 * est + c(-1, 1) * qt(0.975, df.residual(fit)) * se
 * </pre>
 *
 * on the data below (the base data: {@code set.seed(14); p <- round(runif(24, 2, 8), 1)}, y made
 * from p and the indicators with noise, both rounded to tenths and written out here).
 */
class NextDayModelTest {

  private static final double R_AGREEMENT = 1e-12;

  static final double[] P = {
    3.5, 5.8, 7.7, 5.3, 7.9, 5.1, 7.6, 4.6, 4.9, 4.3, 7.3, 3, 4.8, 7.1, 7.1, 6.4, 4.1, 6, 7.1, 5.6,
    4.1, 4.5, 5.7, 6.1
  };
  static final double[] Y = {
    5.2, 5.1, 6.9, 6.5, 8, 6, 7.4, 5.6, 5, 4.1, 6.6, 3.4, 6.1, 5.7, 7.5, 7.3, 3.8, 4.5, 5.8, 6, 4.2,
    5.3, 6.5, 5.3
  };
  static final boolean[] F = bits("100100101000100100010010");
  static final boolean[] L = bits("011010100110010011001001");
  static final boolean[] O = bits("000010010010001000100100");

  /** Returns the 0/1 string as indicators: {@code "1001"} is true, false, false, true. */
  static boolean[] bits(String zerosAndOnes) {
    boolean[] b = new boolean[zerosAndOnes.length()];
    for (int i = 0; i < b.length; i++) {
      b[i] = zerosAndOnes.charAt(i) == '1';
    }
    return b;
  }

  static boolean[] first(boolean[] b, int n) {
    return java.util.Arrays.copyOf(b, n);
  }

  static double[] first(double[] x, int n) {
    return java.util.Arrays.copyOf(x, n);
  }

  private static AdjustedDifference.Estimate estimate(ClassModel model) {
    return assertInstanceOf(AdjustedDifference.Estimate.class, model.flaggedMinusLowImpact());
  }

  private static void assertNone(AdjustedDifference.Reason reason, ClassModel model) {
    assertEquals(new AdjustedDifference.None(reason), model.flaggedMinusLowImpact());
  }

  private static void assertContrast(
      ClassModel model, int df, double est, double se, double low, double high) {
    AdjustedDifference.Estimate e = estimate(model);
    assertEquals(df, e.df());
    assertEquals(est, e.estimate(), R_AGREEMENT);
    assertEquals(se, e.se(), R_AGREEMENT);
    assertEquals(low, e.ciLow(), R_AGREEMENT);
    assertEquals(high, e.ciHigh(), R_AGREEMENT);
  }

  private static void assertCoefficients(OlsFit fit, double... expected) {
    for (int j = 0; j < expected.length; j++) {
      if (Double.isNaN(expected[j])) {
        assertTrue(Double.isNaN(fit.coefficient(j)), fit.terms().get(j) + " should be NA");
      } else {
        assertEquals(expected[j], fit.coefficient(j), R_AGREEMENT, fit.terms().get(j));
      }
    }
  }

  private static void assertStandardErrors(OlsFit fit, double... expected) {
    for (int j = 0; j < expected.length; j++) {
      if (Double.isNaN(expected[j])) {
        assertTrue(Double.isNaN(fit.standardError(j)), fit.terms().get(j) + " should be NA");
      } else {
        assertEquals(expected[j], fit.standardError(j), R_AGREEMENT, fit.terms().get(j));
      }
    }
  }

  @Test
  void agreesWithLmOnEveryCoefficientAndTheContrast() {
    ClassModel model = NextDayModel.byClass(Y, P, F, L, O);
    assertEquals(24, model.pairs());
    assertEquals(8, model.flaggedPairs());
    assertEquals(11, model.lowImpactPairs());
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(List.of("(Intercept)", "F", "L", "O", "p"), fit.terms());
    assertEquals(5, fit.k());
    assertEquals(19, fit.dfResidual());
    // R: coef(fit)
    assertCoefficients(
        fit,
        1.5218037100538189,
        0.94068497880649704,
        -0.45555317426298952,
        0.59103562413678234,
        0.70218364528265909);
    // R: sigma(fit)^2
    assertEquals(0.30442565103285435, fit.residualVariance(), R_AGREEMENT);
    // R: print(vcov(fit), digits = 17), row by row
    double[] vcov = {
      0.245176015510129852,
      -0.014325212938172030,
      0.014747663879114623,
      0.022624353194963268,
      -0.042501234804903580,
      -0.014325212938172030,
      0.126402601411627735,
      0.082479000325515653,
      0.085671214342573312,
      -0.015403480755258155,
      0.014747663879114623,
      0.082479000325515653,
      0.117798629544941580,
      0.077192594356690181,
      -0.020447761259862647,
      0.022624353194963268,
      0.085671214342573312,
      0.077192594356690181,
      0.140612792672185904,
      -0.021542400334634310,
      -0.042501234804903580,
      -0.015403480755258155,
      -0.020447761259862647,
      -0.021542400334634310,
      0.011043047619661104
    };
    assertArrayEquals(vcov, fit.covariance(), R_AGREEMENT);
    // R: est, se, est + c(-1, 1) * qt(0.975, 19) * se
    assertContrast(
        model,
        19,
        1.3962381530694865,
        0.28150174121226679,
        0.80704823735438924,
        1.9854280687845838);
  }

  @Test
  void leavesOutAConstantOtherColumn() {
    // No day with other activity: O is 0 on every pair. R: lm(y ~ F + L + O + p) gives NA for O.
    ClassModel model = NextDayModel.byClass(Y, P, F, L, new boolean[24]);
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(OlsFit.Status.CONSTANT, fit.status().get(ClassModel.OTHER));
    assertEquals(4, fit.k());
    assertCoefficients(
        fit,
        1.4267071085486482,
        0.58058445966266026,
        -0.7800156382914738,
        Double.NaN,
        0.79273249069865337);
    assertStandardErrors(
        fit,
        0.50937340738144377,
        0.28233456329673168,
        0.28463908218565331,
        Double.NaN,
        0.091199183730351643);
    assertEquals(0.32701846521339412, fit.residualVariance(), R_AGREEMENT);
    assertContrast(
        model,
        20,
        1.3606000979541339,
        0.29081789672978148,
        0.75396459556507067,
        1.9672356003431972);
  }

  @Test
  void leavesOutAConstantPainColumn() {
    // Pain 5 on every day d. R: lm(y ~ F + L + O + p) with p <- rep(5, 24): NA for p.
    double[] five = new double[24];
    java.util.Arrays.fill(five, 5);
    ClassModel model = NextDayModel.byClass(Y, five, F, L, O);
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(OlsFit.Status.CONSTANT, fit.status().get(ClassModel.PAIN));
    assertCoefficients(
        fit,
        4.2242888402625827,
        1.920131291028448,
        0.84463894967177255,
        1.9608315098468281,
        Double.NaN);
    assertStandardErrors(
        fit,
        0.50960258187355911,
        0.57783501390594383,
        0.50437575055616157,
        0.56013722178041281,
        Double.NaN);
    assertContrast(
        model,
        20,
        1.0754923413566755,
        0.49482834304786982,
        0.043298505087685069,
        2.1076861776256659);
  }

  @Test
  void twentyPairsAreEnoughAndNineteenAreNot() {
    // The first 20 pairs (7 flagged, 9 low-impact). R: the same lm on y[1:20] etc.
    ClassModel twenty =
        NextDayModel.byClass(first(Y, 20), first(P, 20), first(F, 20), first(L, 20), first(O, 20));
    assertContrast(
        twenty,
        15,
        1.434861132904441,
        0.35428683128841115,
        0.67971662735694427,
        2.1900056384519377);
    ClassModel nineteen =
        NextDayModel.byClass(first(Y, 19), first(P, 19), first(F, 19), first(L, 19), first(O, 19));
    assertNone(AdjustedDifference.Reason.FEW_PAIRS, nineteen);
    // The fit is there all the same, for the panel.
    assertEquals(19, nineteen.fit().orElseThrow().n());
  }

  @Test
  void fiveFlaggedPairsAreEnoughAndFourAreNot() {
    // F5: the first 5 of the 8 flagged days kept. R: F5 <- F; F5[which(F == 1)[6:8]] <- 0
    boolean[] f5 = bits("100100101000100000000000");
    assertContrast(
        NextDayModel.byClass(Y, P, f5, L, O),
        19,
        1.4725727017305257,
        0.36616835641180734,
        0.7061735237974579,
        2.2389718796635933);
    boolean[] f4 = bits("100100101000000000000000");
    ClassModel four = NextDayModel.byClass(Y, P, f4, L, O);
    assertEquals(4, four.flaggedPairs());
    assertNone(AdjustedDifference.Reason.FEW_FLAGGED, four);
  }

  @Test
  void fiveLowImpactPairsAreEnoughAndFourAreNot() {
    // L5: the first 5 of the 11 low-impact days kept. R: L5 <- L; L5[which(L == 1)[6:11]] <- 0
    boolean[] l5 = bits("011010100100000000000000");
    assertContrast(
        NextDayModel.byClass(Y, P, F, l5, O),
        19,
        1.0750191127432478,
        0.37586866596307827,
        0.28831695358416332,
        1.8617212719023324);
    boolean[] l4 = bits("011010100000000000000000");
    assertNone(AdjustedDifference.Reason.FEW_LOW_IMPACT, NextDayModel.byClass(Y, P, F, l4, O));
  }

  @Test
  void aFlaggedActivityEveryDayLeavesNothingToCompare() {
    // R: lm(y ~ F + L + O + p) with F <- rep(1, 24) gives NA for F, so est is NA.
    boolean[] every = bits("111111111111111111111111");
    ClassModel model = NextDayModel.byClass(Y, P, every, L, O);
    assertEquals(OlsFit.Status.CONSTANT, model.fit().orElseThrow().status().get(1));
    assertNone(AdjustedDifference.Reason.EVERY_DAY, model);
    assertCoefficients(
        model.fit().orElseThrow(),
        1.6284115842482743,
        Double.NaN,
        -1.0693598191161999,
        -0.046527397099876022,
        0.81681596143745505);
  }

  @Test
  void lowImpactOnExactlyTheFlaggedDaysIsAliased() {
    // R: lm(y ~ F + L + O + p) with L <- F: coef L is NA (aliased), so est is NA.
    ClassModel model = NextDayModel.byClass(Y, P, F, F.clone(), O);
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(OlsFit.Status.ALIASED, fit.status().get(ClassModel.LOW_IMPACT));
    assertEquals(4, fit.k());
    assertCoefficients(
        fit,
        1.5788361655165646,
        1.259649389118181,
        Double.NaN,
        0.88955634143739792,
        0.62310766125392802);
    assertStandardErrors(
        fit,
        0.50259049385845067,
        0.2669608042227859,
        Double.NaN,
        0.30570885806353365,
        0.088199111264098032);
    assertNone(AdjustedDifference.Reason.ALIASED, model);
  }

  @Test
  void lowImpactOnExactlyTheOtherDaysIsAliased() {
    // Every pair's day is flagged or low-impact, never both: L = 1 - F. R: coef L is NA, est NA,
    // and the fit is that of L = F.
    boolean[] notF = new boolean[24];
    for (int i = 0; i < 24; i++) {
      notF[i] = !F[i];
    }
    ClassModel model = NextDayModel.byClass(Y, P, F, notF, O);
    assertNone(AdjustedDifference.Reason.ALIASED, model);
    assertCoefficients(
        model.fit().orElseThrow(),
        1.5788361655165646,
        1.259649389118181,
        Double.NaN,
        0.88955634143739792,
        0.62310766125392802);
  }

  @Test
  void noRestDayAliasesOtherButKeepsTheContrast() {
    // Each day exactly one of F, L, O (no rest day): O = 1 - F - L is aliased with the intercept,
    // and bF - bL is still estimated (R: coef O is NA, est is not).
    boolean[] lx = bits("011010000110010011001001");
    boolean[] ox = bits("000001010001001000100100");
    ClassModel model = NextDayModel.byClass(Y, P, F, lx, ox);
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(OlsFit.Status.ALIASED, fit.status().get(ClassModel.OTHER));
    assertCoefficients(
        fit,
        1.6402747248449223,
        0.46714644430016422,
        -0.79035255833600548,
        Double.NaN,
        0.75663540289587483);
    assertStandardErrors(
        fit,
        0.5238364526809024,
        0.31519493120639475,
        0.30916760575888541,
        Double.NaN,
        0.089196983797949783);
    assertContrast(
        model,
        20,
        1.2574990026361696,
        0.28075096029770319,
        0.67186276167037073,
        1.8431352436019686);
  }

  @Test
  void theSamePainEveryNextDayGivesNoInterval() {
    // y = 5 on every pair: the fit is exact (all slopes 0), the residual variance 0.
    double[] five = new double[24];
    java.util.Arrays.fill(five, 5);
    ClassModel model = NextDayModel.byClass(five, P, F, L, O);
    assertNone(AdjustedDifference.Reason.NO_RESIDUAL_VARIATION, model);
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(0.0, fit.residualVariance());
    assertCoefficients(fit, 5, 0, 0, 0, 0);
  }

  @Test
  void noPairsGiveNoFit() {
    ClassModel model =
        NextDayModel.byClass(
            new double[0], new double[0], new boolean[0], new boolean[0], new boolean[0]);
    assertEquals(0, model.pairs());
    assertTrue(model.fit().isEmpty());
    assertNone(AdjustedDifference.Reason.FEW_PAIRS, model);
  }

  @Test
  void onePairFitsOnlyTheIntercept() {
    ClassModel model =
        NextDayModel.byClass(new double[] {4}, new double[] {3}, bits("1"), bits("0"), bits("0"));
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(1, fit.k());
    assertEquals(0, fit.dfResidual());
    assertEquals(4.0, fit.coefficient(0));
    assertTrue(Double.isNaN(fit.residualVariance()));
    assertTrue(Double.isNaN(fit.covariance(0, 0)));
  }

  @Test
  void checksTheLengths() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NextDayModel.byClass(Y, first(P, 23), F, L, O));
    assertEquals("nextDayPain and pain must have the same length, got 24 and 23", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> NextDayModel.byClass(Y, P, F, first(L, 3), O));
    assertEquals("lowImpact has 3 values for 24 day pairs", e.getMessage());
  }

  @Test
  void rejectsPainThatIsNotANumber() {
    double[] p = P.clone();
    p[2] = Double.NaN;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NextDayModel.byClass(Y, p, F, L, O));
    assertEquals("pain[2] is NaN; values must be finite", e.getMessage());
  }

  @Test
  void leavesTheInputsAlone() {
    double[] y = Y.clone();
    double[] p = P.clone();
    boolean[] f = F.clone();
    NextDayModel.byClass(y, p, f, L, O);
    assertArrayEquals(Y, y);
    assertArrayEquals(P, p);
    assertArrayEquals(F, f);
  }
}
