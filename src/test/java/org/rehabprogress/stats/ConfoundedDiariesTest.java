package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reason SPEC 3b exists, as a seeded simulation: on confounded AR(1) diaries the adjusted
 * within-patient model pooled by REML recovers the true effect of flagged activity on next-day
 * pain, while the raw comparison (Hodges-Lehmann of the per-patient differences in mean next-day
 * pain) misses it, with a true effect of 0 and of +1.
 */
class ConfoundedDiariesTest {

  private static final int PATIENTS = 200;
  private static final int DAYS = 200;
  private static final double TOLERANCE = 0.15;

  @ParameterizedTest(name = "true effect {0}")
  @ValueSource(doubles = {0, 1})
  void adjustedRecoversTheTruthWhereRawMissesIt(double truth) {
    SplittableRandom cohort = new SplittableRandom(14 + (long) truth);
    List<Double> estimates = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    for (int i = 0; i < PATIENTS; i++) {
      ConfoundedDiaries.Pairs pairs = ConfoundedDiaries.patient(cohort.split(), DAYS, truth);
      ClassModel model =
          NextDayModel.byClass(
              pairs.nextDayPain(), pairs.pain(), pairs.flagged(), pairs.lowImpact(), pairs.other());
      if (model.flaggedMinusLowImpact() instanceof AdjustedDifference.Estimate e) {
        estimates.add(e.estimate());
        errors.add(e.se());
      }
      double difference = ConfoundedDiaries.rawFlaggedMinusLowImpact(pairs);
      if (!Double.isNaN(difference)) {
        raw.add(difference);
      }
    }
    PooledEffect pooled = RandomEffects.reml(array(estimates), array(errors));
    PooledEffect.Estimate adjusted = assertInstanceOf(PooledEffect.Estimate.class, pooled);
    double unadjusted = HodgesLehmann.estimate(array(raw));
    assertEquals(truth, adjusted.estimate(), TOLERANCE, "pooled adjusted estimate");
    assertTrue(
        Math.abs(unadjusted - truth) > TOLERANCE,
        "the raw comparison should miss "
            + truth
            + " by more than "
            + TOLERANCE
            + ": "
            + unadjusted);
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
