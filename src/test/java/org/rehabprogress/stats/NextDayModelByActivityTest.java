package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabprogress.stats.NextDayModelTest.bits;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-activity model of SPEC 3b against R's {@code lm} (see {@link RVersion}): one indicator
 * per name done on at least 5 of the pairs' days, {@code O} for the other activities, {@code p}.
 * Expected values printed with {@code sprintf("%.17g", x)}; for a name {@code a}: {@code b <-
 * coef(fit)["a"]; s <- sqrt(vcov(fit)["a", "a"]); b + c(-1, 1) * qt(0.975, df.residual(fit)) * s}.
 */
class NextDayModelByActivityTest {

  private static final double R_AGREEMENT = 1e-12;

  // R: set.seed(41); p <- round(runif(30, 2, 8), 1); y from p and the activities, with noise.
  private static final double[] P = {
    3.3, 7.8, 5.5, 2.9, 7.1, 7.8, 7.4, 5.1, 6.9, 6, 6.1, 6.4, 6.4, 3.7, 2.3, 6.8, 7, 2.5, 7.9, 2.6,
    2.7, 7, 3.7, 6.3, 7.1, 5, 4.3, 3.5, 4.9, 4.8
  };
  private static final double[] Y = {
    3.8, 7.1, 5.4, 4.7, 7.5, 5.9, 8.8, 4.2, 6.2, 6.2, 6.2, 6.3, 5.3, 3.7, 3.4, 6.5, 5.4, 3.9, 7.2,
    3.6, 3, 6.7, 4.9, 6.5, 5.8, 4.4, 5.6, 4.1, 5.8, 5.9
  };
  private static final boolean[] WALKING = bits("101001010010010010001000010000"); // 9 days
  private static final boolean[] YOGA = bits("010010001000100001000010000010"); // 7 days
  private static final boolean[] GOLF = bits("000100100001001000010000001000"); // 6 days
  private static final boolean[] SWIMMING = bits("000000000100000000100001000000"); // 3 days
  private static final boolean[] GARDENING = bits("000000100000000100000000000001"); // 3 days

  private static final List<String> NAMES =
      List.of("walking", "yoga", "golf", "swimming", "gardening");
  private static final boolean[][] DONE = {WALKING, YOGA, GOLF, SWIMMING, GARDENING};

  private static AdjustedDifference.Estimate estimate(ActivityModel.Effect effect) {
    return assertInstanceOf(AdjustedDifference.Estimate.class, effect.difference());
  }

  private static void assertEffect(
      ActivityModel.Effect effect, int df, double b, double se, double low, double high) {
    AdjustedDifference.Estimate e = estimate(effect);
    assertEquals(df, e.df());
    assertEquals(b, e.estimate(), R_AGREEMENT, effect.activity());
    assertEquals(se, e.se(), R_AGREEMENT, effect.activity());
    assertEquals(low, e.ciLow(), R_AGREEMENT, effect.activity());
    assertEquals(high, e.ciHigh(), R_AGREEMENT, effect.activity());
  }

  @Test
  void agreesWithLmWithTheRareActivitiesAsOther() {
    // R: O <- as.numeric(swimming | gardening); fit <- lm(y ~ walking + yoga + golf + O + p)
    ActivityModel model = NextDayModel.byActivity(Y, P, NAMES, DONE);
    assertEquals(30, model.pairs());
    OlsFit fit = model.fit().orElseThrow();
    assertEquals(List.of("(Intercept)", "walking", "yoga", "golf", "O", "p"), fit.terms());
    assertEquals(24, fit.dfResidual());
    double[] coef = {
      1.6911143486515499,
      -0.1883495496281527,
      0.66283713376828746,
      0.88420961013458221,
      0.98473318781034258,
      0.61634451967076687
    };
    double[] se = {
      0.40404878559127227,
      0.31481231338531079,
      0.32829487541863944,
      0.31760322959172527,
      0.32182022108555908,
      0.058129180017472512
    };
    for (int j = 0; j < coef.length; j++) {
      assertEquals(coef[j], fit.coefficient(j), R_AGREEMENT);
      assertEquals(se[j], fit.standardError(j), R_AGREEMENT);
    }
    List<ActivityModel.Effect> effects = model.activities();
    assertEquals(NAMES, effects.stream().map(ActivityModel.Effect::activity).toList());
    assertEquals(List.of(9, 7, 6, 3, 3), effects.stream().map(ActivityModel.Effect::days).toList());
    assertEffect(
        effects.get(0),
        24,
        -0.1883495496281527,
        0.31481231338531079,
        -0.8380902304068869,
        0.46139113115058145);
    assertEffect(
        effects.get(1),
        24,
        0.66283713376828746,
        0.32829487541863944,
        -0.014730187398094285,
        1.3404044549346692);
    assertEffect(
        effects.get(2),
        24,
        0.88420961013458221,
        0.31760322959172527,
        0.22870876141180496,
        1.5397104588573596);
    AdjustedDifference fewDays =
        new AdjustedDifference.None(AdjustedDifference.Reason.FEW_ACTIVITY_DAYS);
    assertEquals(fewDays, effects.get(3).difference());
    assertEquals(fewDays, effects.get(4).difference());
  }

  @Test
  void anActivityAlwaysDoneWithAnEarlierOneIsAliased() {
    // Tennis on exactly the golf days, named after golf. R: lm(y ~ walking + yoga + golf + tennis
    // + O + p) gives NA for tennis and the same coefficients as without it.
    List<String> names = new ArrayList<>(NAMES);
    names.add(3, "tennis");
    boolean[][] done = {WALKING, YOGA, GOLF, GOLF.clone(), SWIMMING, GARDENING};
    ActivityModel model = NextDayModel.byActivity(Y, P, names, done);
    assertEquals(
        new AdjustedDifference.None(AdjustedDifference.Reason.ALIASED),
        model.activities().get(3).difference());
    assertEquals(OlsFit.Status.ALIASED, model.fit().orElseThrow().status().get(4));
    assertEffect(
        model.activities().get(2),
        24,
        0.88420961013458221,
        0.31760322959172527,
        0.22870876141180496,
        1.5397104588573596);
  }

  @Test
  void anActivityOnEveryDayHasNoComparison() {
    boolean[] every = bits("111111111111111111111111111111");
    ActivityModel model =
        NextDayModel.byActivity(
            Y, P, List.of("walking", "stretching"), new boolean[][] {WALKING, every});
    assertEquals(
        new AdjustedDifference.None(AdjustedDifference.Reason.EVERY_DAY),
        model.activities().get(1).difference());
    assertInstanceOf(AdjustedDifference.Estimate.class, model.activities().get(0).difference());
  }

  // R: set.seed(7); p <- round(runif(20, 2, 8), 1); y <- round(1 + 0.7 * p + rnorm(20, 0, 0.6),
  // 1); 14 activities a1..a14, each on 5 days drawn with sample(20, 5) (days from 0 below).
  private static final double[] P20 = {
    7.9, 4.4, 2.7, 2.4, 3.5, 6.8, 4, 7.8, 3, 4.8, 3, 3.4, 6.6, 2.6, 4.7, 2.5, 5.4, 2.1, 7.9, 3.9
  };
  private static final double[] Y20 = {
    6.7, 5.7, 4.3, 2.9, 4.6, 6, 3.3, 6.3, 3.1, 5, 3.6, 3.8, 6.4, 2, 5.1, 2.9, 5.2, 2.8, 5.9, 3.6
  };
  private static final int[][] DAYS20 = {
    {1, 7, 9, 11, 13}, {4, 7, 15, 17, 18}, {2, 5, 8, 13, 15}, {7, 12, 15, 17, 19},
    {5, 6, 8, 9, 12}, {0, 3, 5, 11, 15}, {0, 10, 11, 12, 16}, {0, 1, 10, 11, 15},
    {7, 8, 10, 16, 19}, {7, 8, 10, 13, 19}, {2, 12, 14, 17, 19}, {1, 10, 16, 17, 19},
    {4, 7, 8, 15, 16}, {7, 10, 12, 14, 18}
  };

  private static ActivityModel manyActivities(int count) {
    List<String> names = new ArrayList<>();
    boolean[][] done = new boolean[count][20];
    for (int j = 0; j < count; j++) {
      names.add("a" + (j + 1));
      for (int day : DAYS20[j]) {
        done[j][day] = true;
      }
    }
    return NextDayModel.byActivity(Y20, P20, names, done);
  }

  @Test
  void fiveResidualDegreesOfFreedomAreEnough() {
    // 13 activities: k = 15 (no other activity, so O is left out), n - k = 5.
    // R: fit13 <- lm(y ~ a1 + ... + a13 + p); coef, se and interval of a1.
    ActivityModel model = manyActivities(13);
    assertEquals(5, model.fit().orElseThrow().dfResidual());
    assertEffect(
        model.activities().get(0),
        5,
        0.49116722750866548,
        0.50600257902924095,
        -0.80955381092902956,
        1.7918882659463606);
  }

  @Test
  void fourResidualDegreesOfFreedomAreNot() {
    // 14 activities: R's fit14$rank is 16, df.residual 4.
    ActivityModel model = manyActivities(14);
    assertEquals(4, model.fit().orElseThrow().dfResidual());
    for (ActivityModel.Effect effect : model.activities()) {
      assertEquals(
          new AdjustedDifference.None(AdjustedDifference.Reason.FEW_DEGREES_OF_FREEDOM),
          effect.difference());
    }
  }

  @Test
  void fewerThanTwentyPairsGiveNoEffects() {
    ActivityModel model =
        NextDayModel.byActivity(
            NextDayModelTest.first(Y, 19),
            NextDayModelTest.first(P, 19),
            List.of("walking"),
            new boolean[][] {NextDayModelTest.first(WALKING, 19)});
    assertEquals(
        new AdjustedDifference.None(AdjustedDifference.Reason.FEW_PAIRS),
        model.activities().get(0).difference());
  }

  @Test
  void noPairsGiveNoFit() {
    ActivityModel model =
        NextDayModel.byActivity(
            new double[0], new double[0], List.of("walking"), new boolean[][] {new boolean[0]});
    assertTrue(model.fit().isEmpty());
    assertEquals(0, model.activities().get(0).days());
  }

  @Test
  void rejectsRepeatedNamesAndMismatchedSizes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NextDayModel.byActivity(
                    Y, P, List.of("walking", "walking"), new boolean[][] {WALKING, YOGA}));
    assertEquals("activity names must be distinct, got [walking, walking]", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NextDayModel.byActivity(Y, P, List.of("walking"), new boolean[][] {}));
    assertEquals("1 activities but 0 indicator columns", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NextDayModel.byActivity(Y, P, List.of("walking"), new boolean[][] {bits("1")}));
    assertEquals("walking has 1 values for 30 day pairs", e.getMessage());
  }
}
