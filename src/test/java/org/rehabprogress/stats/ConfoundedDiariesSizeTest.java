package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The size of the adjusted comparison (SPEC 3b, 5b) on confounded AR(1) diaries, as a seeded
 * simulation: over many small cohorts, the pooled adjusted 95% interval leaves out the true effect
 * about 5% of the time, with a true effect of 0 and of +1, while the raw comparison (the Wilcoxon
 * signed-rank test of the per-patient differences in mean next-day pain, SPEC 5) rejects the truth
 * in nearly every cohort: it measures the choice of activity, not its effect.
 */
class ConfoundedDiariesSizeTest {

  private static final int COHORTS = 1000;
  private static final int PATIENTS = 30;
  private static final int DAYS = 100;

  @Test
  void withNoTrueEffectTheAdjustedIntervalLeavesOutZeroInAboutFivePercentOfCohorts() {
    int[] misses = misses(0);
    // binomial(1000, 0.05) lies in 29..74 with probability 0.999 (R: qbinom(0.0005, 1000, 0.05)
    // = 29, qbinom(0.9995, 1000, 0.05) = 74)
    assertTrue(misses[0] >= 29 && misses[0] <= 74, "adjusted missed 0 in " + misses[0]);
    assertTrue(misses[1] >= 900, "the raw test should reject 0 in 90% of cohorts: " + misses[1]);
  }

  @Test
  void withATrueEffectOfOneTheAdjustedIntervalLeavesOutOneInAtMostTenPercentOfCohorts() {
    int[] misses = misses(1);
    assertTrue(misses[0] >= 29 && misses[0] <= 100, "adjusted missed 1 in " + misses[0]);
    assertTrue(misses[1] >= 900, "the raw test should reject 1 in 90% of cohorts: " + misses[1]);
  }

  /**
   * Returns in how many of the cohorts the pooled adjusted 95% interval leaves out the truth, and
   * in how many the raw signed-rank test rejects it at 5%.
   */
  private static int[] misses(double truth) {
    SplittableRandom seeds = new SplittableRandom(1405 + (long) truth);
    int adjustedMisses = 0;
    int rawMisses = 0;
    for (int c = 0; c < COHORTS; c++) {
      SplittableRandom cohort = seeds.split();
      List<Double> estimates = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      for (int i = 0; i < PATIENTS; i++) {
        ConfoundedDiaries.Pairs pairs = ConfoundedDiaries.patient(cohort.split(), DAYS, truth);
        ClassModel model =
            NextDayModel.byClass(
                pairs.nextDayPain(),
                pairs.pain(),
                pairs.flagged(),
                pairs.lowImpact(),
                pairs.other());
        if (model.flaggedMinusLowImpact() instanceof AdjustedDifference.Estimate e) {
          estimates.add(e.estimate());
          errors.add(e.se());
        }
        double difference = ConfoundedDiaries.rawFlaggedMinusLowImpact(pairs);
        if (!Double.isNaN(difference)) {
          raw.add(difference - truth); // the test of "raw difference = truth"
        }
      }
      PooledEffect.Estimate pooled =
          assertInstanceOf(
              PooledEffect.Estimate.class, RandomEffects.reml(array(estimates), array(errors)));
      if (truth < pooled.ciLow() || truth > pooled.ciHigh()) {
        adjustedMisses++;
      }
      if (WilcoxonSignedRank.test(array(raw)).pValue() < 0.05) {
        rawMisses++;
      }
    }
    return new int[] {adjustedMisses, rawMisses};
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
