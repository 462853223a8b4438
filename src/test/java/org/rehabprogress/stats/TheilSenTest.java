package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Theil-Sen slopes computed by hand. */
class TheilSenTest {

  @Test
  void selectsTheSameMedianAsSortingAllSlopes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(84);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = i + random.nextInt(2) * 0.5; // some equal x are skipped
        y[i] = random.nextInt(11) / (trial % 3 == 0 ? 1.0 : 2.0); // diary-like ties
      }
      java.util.List<Double> slopes = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (x[i] != x[j]) {
            slopes.add((y[j] - y[i]) / (x[j] - x[i]));
          }
        }
      }
      java.util.Collections.sort(slopes);
      int m = slopes.size();
      double expected =
          m == 0
              ? Double.NaN
              : m % 2 == 1 ? slopes.get(m / 2) : (slopes.get(m / 2 - 1) + slopes.get(m / 2)) / 2;
      assertEquals(expected, TheilSen.slope(x, y), "trial " + trial);
    }
  }

  @Test
  void givesTheSlopeOfALine() {
    // All six pairwise slopes are 2.
    assertEquals(2.0, TheilSen.slope(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8}));
  }

  @Test
  void takesTheMiddleSlopeWhenTheirNumberIsOdd() {
    // Slopes (1-0)/1 = 1, (5-0)/2 = 2.5, (5-1)/1 = 4: the middle one is 2.5.
    assertEquals(2.5, TheilSen.slope(new double[] {0, 1, 2}, new double[] {0, 1, 5}));
  }

  @Test
  void averagesTheTwoMiddleSlopesWhenTheirNumberIsEven() {
    // Slopes 2, 1/2, 4/3, -1, 1, 3; sorted -1, 1/2, 1, 4/3, 2, 3: (1 + 4/3) / 2 = 7/6.
    assertEquals(
        7.0 / 6, TheilSen.slope(new double[] {0, 1, 2, 3}, new double[] {0, 2, 1, 4}), 1e-15);
  }

  @Test
  void skipsPairsWithTheSameX() {
    // The pair of x = 1 is skipped; slopes (3-0)/1 = 3 and (3-2)/1 = 1 average to 2.
    assertEquals(2.0, TheilSen.slope(new double[] {1, 1, 2}, new double[] {0, 2, 3}));
  }

  @Test
  void ignoresAnOutlier() {
    // 15 of the 21 slopes are 1, so the 11th smallest is 1 whatever the outlier.
    double[] day = {0, 1, 2, 3, 4, 5, 6};
    double[] pain = {0, 1, 2, 3, 4, 5, 100};
    assertEquals(1.0, TheilSen.slope(day, pain));
  }

  @Test
  void givesANegativeSlopeForFallingValues() {
    // Slopes -1, -0.5, 0: the middle one is -0.5.
    assertEquals(-0.5, TheilSen.slope(new double[] {0, 1, 2}, new double[] {6, 5, 5}));
  }

  @Test
  void isNaNWithFewerThanTwoDistinctX() {
    assertEquals(Double.NaN, TheilSen.slope(new double[] {5, 5, 5}, new double[] {1, 2, 3}));
    assertEquals(Double.NaN, TheilSen.slope(new double[] {3}, new double[] {1}));
    assertEquals(Double.NaN, TheilSen.slope(new double[0], new double[0]));
  }

  @Test
  void rejectsLengthsThatDiffer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TheilSen.slope(new double[] {1, 2}, new double[] {1}));
    assertEquals("x and y must have the same length, got 2 and 1", e.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TheilSen.slope(new double[] {1, 2}, new double[] {1, Double.NaN}));
    assertEquals("y[1] is NaN; values must be finite", e.getMessage());
  }
}
