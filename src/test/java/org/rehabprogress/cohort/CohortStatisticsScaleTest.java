package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.stats.WilcoxonResult;

/**
 * The cohort's Hodges-Lehmann route at registry scale: the figures across patients never build the
 * n^2 Walsh averages, and agree with the route that does at small n (the exact route below 50
 * patients, R's root-finding to its tolerance above).
 */
class CohortStatisticsScaleTest {

  private static final double UNIROOT = 1e-4;

  /** All Walsh averages, built in full and sorted: the route that is quadratic in n. */
  private static double[] walsh(double[] x) {
    int n = x.length;
    double[] walsh = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        walsh[k++] = (x[i] + x[j]) / 2;
      }
    }
    Arrays.sort(walsh);
    return walsh;
  }

  private static double median(double[] sorted) {
    int k = sorted.length;
    return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
  }

  /** Differences without ties or zeros: some positive, some negative. */
  private static double[] differences(Random random, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextGaussian() + 0.3 + (i + 1) * 1e-9;
    }
    return x;
  }

  private static List<CohortPatient> patients(double[] effect) {
    List<CohortPatient> rows = new ArrayList<>(effect.length);
    for (int i = 0; i < effect.length; i++) {
      CohortPatient p = Rows.patient("P" + i, Status.UNCHANGED, effect[i]);
      rows.add(
          CohortPatient.ofDecimals(
              p.summary(),
              null,
              p.start(),
              p.end(),
              new double[0],
              new int[] {0},
              new double[] {effect[i]},
              Double.NaN));
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 30, 49, 60, 120})
  void agreesWithTheMedianOfAllWalshAveragesAtSmallN(int n) {
    double[] x = differences(new Random(n), n);
    CohortFigures f =
        CohortStatistics.of(patients(x), 0, List.of("Walking"), List.of(ActivityClass.LOW_IMPACT));
    WilcoxonResult effect = f.activityEffect();
    WilcoxonResult walking = f.activities().get(0).test();
    assertEquals(n < 50, effect.exact());
    double[] w = walsh(x);
    if (effect.exact()) {
      assertEquals(median(w), effect.estimate(), 1e-12);
    } else {
      // R's root of the continuity-corrected statistic is a central Walsh average, found to 1e-4.
      int k = w.length;
      assertTrue(effect.estimate() >= w[(k - 1) / 2 - 1] - UNIROOT, () -> "low " + effect);
      assertTrue(effect.estimate() <= w[k / 2 + 1] + UNIROOT, () -> "high " + effect);
    }
    assertEquals(effect.estimate(), walking.estimate(), 0);
  }

  @Test
  void takesFourHundredThousandPatientsWithoutTheWalshAverages() {
    // Eighty billion Walsh averages would not fit in memory: only the O(n log n) route can run.
    double[] x = differences(new Random(1), 400_000);
    CohortFigures f =
        CohortStatistics.of(patients(x), 0, List.of("Walking"), List.of(ActivityClass.LOW_IMPACT));
    WilcoxonResult effect = f.activityEffect();
    assertFalse(effect.exact());
    assertEquals(400_000, effect.n());
    // The estimate of a N(0.3, 1) sample of 400,000: 0.3 within a few standard errors.
    assertTrue(Math.abs(effect.estimate() - 0.3) < 0.01, () -> "estimate " + effect.estimate());
    assertTrue(effect.ciLow() < effect.estimate() && effect.estimate() < effect.ciHigh());
    assertEquals(effect.estimate(), f.activities().get(0).test().estimate(), 0);
  }
}
