package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The result records of the adjusted comparison refuse what would be a hidden NaN or null. */
class AdjustedDifferenceTest {

  @Test
  void buildsTheTInterval() {
    // qt(0.975, 19) = 2.0930240544083092 (R); 1 +- 2.0930240544083092 * 0.5.
    AdjustedDifference.Estimate e = AdjustedDifference.Estimate.of(1, 0.5, 19);
    assertEquals(1 - 1.0465120272041546, e.ciLow(), 1e-15);
    assertEquals(1 + 1.0465120272041546, e.ciHigh(), 1e-15);
  }

  @Test
  void anEstimateNeedsAPositiveStandardError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new AdjustedDifference.Estimate(1, 0, 5, 1, 1));
    assertEquals(
        "need a finite estimate, 0 < se < infinity and df >= 1, got estimate=1.0 se=0.0 df=5",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new AdjustedDifference.Estimate(Double.NaN, 1, 5, 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new AdjustedDifference.Estimate(1, 1, 0, 0, 0));
  }

  @Test
  void noneNeedsAReason() {
    assertThrows(IllegalArgumentException.class, () -> new AdjustedDifference.None(null));
    assertThrows(IllegalArgumentException.class, () -> new PooledEffect.None(null));
  }

  @Test
  void modelsNeedTheirParts() {
    AdjustedDifference none = new AdjustedDifference.None(AdjustedDifference.Reason.FEW_PAIRS);
    assertThrows(IllegalArgumentException.class, () -> new ClassModel(0, 0, 0, null, none));
    assertThrows(
        IllegalArgumentException.class, () -> new ClassModel(0, 0, 0, Optional.empty(), null));
    assertThrows(IllegalArgumentException.class, () -> new ActivityModel(0, null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ActivityModel.Effect(null, 0, none));
    assertThrows(IllegalArgumentException.class, () -> new ActivityModel.Effect("yoga", 0, null));
  }

  @Test
  void aPooledEstimateChecksItsRanges() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PooledEffect.Estimate(1, 0.5, 0.1, 0.3, 0.7, 5, 0.001, -0.1, 0, 0));
    assertEquals(
        "need k >= 1, a finite estimate, se > 0, tau2 >= 0 and i2 >= 0, got k=1 estimate=0.5"
            + " se=0.1 tau2=-0.1 i2=0.0",
        e.getMessage());
  }
}
