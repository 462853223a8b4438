package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The O(n) merge against R's W written out: subtract, drop zeros, rank by sorting, sum. */
class SignedRankScoreTest {

  /** R's W, step by step, with ranks found by sorting the absolute differences. */
  private static double naive(double[] x, double d, boolean correct) {
    double[] xd = Arrays.stream(x).map(v -> v - d).filter(v -> v != 0).toArray();
    int nx = xd.length;
    Integer[] order = new Integer[nx];
    for (int i = 0; i < nx; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(Math.abs(xd[a]), Math.abs(xd[b])));
    double rankSum = 0;
    double tieSum = 0;
    int start = 0;
    while (start < nx) {
      int end = start;
      while (end + 1 < nx && Math.abs(xd[order[end + 1]]) == Math.abs(xd[order[start]])) {
        end++;
      }
      double rank = (start + 1 + end + 1) / 2.0;
      for (int i = start; i <= end; i++) {
        if (xd[order[i]] > 0) {
          rankSum += rank;
        }
      }
      double t = end - start + 1;
      tieSum += t * t * t - t;
      start = end + 1;
    }
    double z = rankSum - nx * (nx + 1.0) / 4;
    double sigma = Math.sqrt(nx * (nx + 1.0) * (2.0 * nx + 1) / 24 - tieSum / 48);
    double correction = correct ? Math.signum(z) * 0.5 : 0;
    return (z - correction) / sigma;
  }

  @Test
  void equalsRsStepsAtEveryKindOfShift() {
    Random random = new Random(3);
    for (int n = 1; n <= 60; n += 7) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        // One decimal: ties, zeros and shifts that land on values are all common.
        x[i] = Math.round(random.nextGaussian() * 15) / 10.0;
      }
      Arrays.sort(x);
      SignedRankScore score = new SignedRankScore(x);
      for (double d = x[0] - 0.25; d <= x[n - 1] + 0.25; d += 0.05) {
        for (boolean correct : new boolean[] {true, false}) {
          assertEquals(naive(x, d, correct), score.at(d, correct), 0, "n=" + n + " d=" + d);
        }
      }
    }
  }

  @Test
  void sumsThePositiveRanksWithTiesAveraged() {
    // |x| = 1, 2, 2, 3: ranks 1, 2.5, 2.5, 4; positive ones 2.5 and 4; one pair tied (8 - 2 = 6).
    SignedRankScore score = new SignedRankScore(new double[] {-2, -1, 2, 3});
    assertEquals(new SignedRankScore.Ranks(4, 6.5, 6), score.rank(0));
  }

  @Test
  void dropsValuesEqualToTheShift() {
    SignedRankScore score = new SignedRankScore(new double[] {1, 2, 2, 5});
    // x - 2 = -1, 0, 0, 3: the zeros dropped, ranks 1 and 2, the positive one 2.
    assertEquals(new SignedRankScore.Ranks(2, 2, 0), score.rank(2));
  }
}
