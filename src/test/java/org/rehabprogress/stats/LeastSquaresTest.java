package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The least-squares core on many random designs: against the same fit solved in 50-digit decimal
 * arithmetic, and the aliasing rule on exactly dependent columns next to nearly dependent ones.
 */
class LeastSquaresTest {

  private static final MathContext DIGITS = new MathContext(50);
  private static final List<String> TERMS = List.of("(Intercept)", "F", "L", "O", "p");

  /** A random diary-like design: pains in tenths, indicators of random frequency. */
  private static double[][] pains(SplittableRandom random, int n) {
    double[] p = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = random.nextInt(101) / 10.0;
      y[i] = random.nextInt(101) / 10.0;
    }
    return new double[][] {y, p};
  }

  private static boolean[] indicator(SplittableRandom random, int n, double share) {
    boolean[] x = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextDouble() < share;
    }
    return x;
  }

  /** Returns the terms of a model with {@code m} indicators. */
  private static List<String> terms(int m) {
    List<String> terms = new java.util.ArrayList<>();
    terms.add("(Intercept)");
    for (int j = 0; j < m; j++) {
      terms.add("x" + j);
    }
    terms.add("p");
    return terms;
  }

  @Test
  void agreesWithAFiftyDigitSolutionOnRandomDesigns() {
    SplittableRandom random = new SplittableRandom(2026);
    for (int trial = 0; trial < 60; trial++) {
      // 3 indicators (the class model), 7 (six activities and O) and 10 (beyond the patterns).
      int m = new int[] {3, 7, 10}[trial % 3];
      int n = 20 + random.nextInt(380);
      double[][] yp = pains(random, n);
      boolean[][] x = new boolean[m][];
      for (int j = 0; j < m; j++) {
        x[j] = indicator(random, n, 0.02 + 0.4 * random.nextDouble());
      }
      LeastSquares.Fitted fitted = LeastSquares.fit(yp[0], yp[1], x, terms(m));
      OlsFit fit = fitted.fit();
      for (int j = 0; j < m; j++) {
        assertEquals(LeastSquares.count(x[j]), fitted.counts()[j]);
      }
      Reference reference = Reference.of(yp[0], yp[1], x, fit.status());
      int t = fit.terms().size();
      for (int a = 0; a < t; a++) {
        if (fit.status().get(a) == OlsFit.Status.ESTIMATED) {
          assertEquals(reference.coefficients[a], fit.coefficient(a), 1e-11, "trial " + trial);
          for (int b = 0; b < t; b++) {
            if (fit.status().get(b) == OlsFit.Status.ESTIMATED) {
              assertEquals(
                  reference.covariance[a][b],
                  fit.covariance(a, b),
                  1e-11 * Math.abs(reference.covariance[a][a]),
                  "trial " + trial);
            }
          }
        }
      }
      assertEquals(reference.sigma2, fit.residualVariance(), 1e-12 * reference.sigma2);
    }
  }

  @Test
  void findsAnAliasedIndicatorBeyondThePatterns() {
    // Ten indicators, the sums taken one indicator at a time: the last equals the third.
    SplittableRandom random = new SplittableRandom(8);
    int n = 200;
    double[][] yp = pains(random, n);
    boolean[][] x = new boolean[10][];
    for (int j = 0; j < 9; j++) {
      x[j] = indicator(random, n, 0.2);
    }
    x[9] = x[2].clone();
    OlsFit fit = LeastSquares.fit(yp[0], yp[1], x, terms(10)).fit();
    assertEquals(OlsFit.Status.ALIASED, fit.status().get(10));
    assertEquals(11, fit.k()); // the intercept, 9 indicators and p
  }

  @Test
  void findsExactDependenceAndNothingElse() {
    SplittableRandom random = new SplittableRandom(13);
    for (int trial = 0; trial < 500; trial++) {
      int n = 20 + random.nextInt(500);
      double[][] yp = pains(random, n);
      boolean[] f = indicator(random, n, 0.01 + 0.6 * random.nextDouble());
      boolean[] l = indicator(random, n, 0.01 + 0.6 * random.nextDouble());
      // Never constant: a flagged day, a low-impact day only, two rest days.
      f[0] = true;
      f[1] = false;
      f[2] = false;
      l[2] = true;
      for (int i = 3; i <= 4; i++) {
        f[i] = false;
        l[i] = false;
      }
      // O on exactly the days with neither: F + L + O = 1 where they do not overlap, so O is a
      // combination of the intercept, F and L only when F and L never meet.
      boolean[] exclusiveL = new boolean[n];
      boolean[] rest = new boolean[n];
      for (int i = 0; i < n; i++) {
        exclusiveL[i] = l[i] && !f[i];
        rest[i] = !f[i] && !exclusiveL[i];
      }
      OlsFit aliased =
          LeastSquares.fit(yp[0], yp[1], new boolean[][] {f, exclusiveL, rest}, TERMS).fit();
      assertEquals(OlsFit.Status.ALIASED, aliased.status().get(3), "trial " + trial);
      assertEquals(OlsFit.Status.ESTIMATED, aliased.status().get(2), "trial " + trial);
      // The same O with one rest day left out is independent.
      int restDay = -1;
      for (int i = 0; i < n && restDay < 0; i++) {
        restDay = rest[i] ? i : -1;
      }
      boolean[] almost = rest.clone();
      almost[restDay] = false;
      OlsFit kept =
          LeastSquares.fit(yp[0], yp[1], new boolean[][] {f, exclusiveL, almost}, TERMS).fit();
      assertEquals(OlsFit.Status.ESTIMATED, kept.status().get(3), "trial " + trial);
      // L equal to F is aliased; L differing from F on one day is not.
      OlsFit same = LeastSquares.fit(yp[0], yp[1], new boolean[][] {f, f.clone(), l}, TERMS).fit();
      assertEquals(OlsFit.Status.ALIASED, same.status().get(2), "trial " + trial);
      boolean[] oneOff = f.clone();
      oneOff[1] = true;
      OlsFit differs = LeastSquares.fit(yp[0], yp[1], new boolean[][] {f, oneOff, l}, TERMS).fit();
      assertEquals(OlsFit.Status.ESTIMATED, differs.status().get(2), "trial " + trial);
    }
  }

  @Test
  void painDeterminedByTheDaysActivityIsAliased() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 200; trial++) {
      int n = 20 + random.nextInt(300);
      double[][] yp = pains(random, n);
      boolean[] f = indicator(random, n, 0.3);
      boolean[] l = indicator(random, n, 0.3);
      f[0] = true;
      f[1] = false;
      double low = random.nextInt(50) / 10.0;
      double high = low + 0.1 + random.nextInt(50) / 10.0;
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        // The same pain on every flagged day and another on every other day: p = low + (high -
        // low) F, in R's lm an NA for p.
        p[i] = f[i] ? low : high;
      }
      OlsFit aliased =
          LeastSquares.fit(yp[0], p, new boolean[][] {f, l, new boolean[n]}, TERMS).fit();
      assertEquals(OlsFit.Status.ALIASED, aliased.status().get(4), "trial " + trial);
      // A hundredth of a point on one day makes p a column of its own.
      p[0] += 0.01;
      OlsFit kept = LeastSquares.fit(yp[0], p, new boolean[][] {f, l, new boolean[n]}, TERMS).fit();
      assertEquals(OlsFit.Status.ESTIMATED, kept.status().get(4), "trial " + trial);
    }
  }

  /**
   * The fit of the estimated columns by Gauss-Jordan elimination on the normal equations, in
   * 50-digit decimals from exact integer cross products (the pains are whole tenths, so {@code 10
   * p} and {@code 10 y} are integers; the doubles the fit sees differ from these decimals by about
   * 1e-17 of their value).
   */
  private record Reference(double[] coefficients, double[][] covariance, double sigma2) {

    static Reference of(double[] y, double[] p, boolean[][] x, List<OlsFit.Status> status) {
      int n = y.length;
      int t = x.length + 2;
      int[] cols =
          java.util.stream.IntStream.range(0, t)
              .filter(j -> status.get(j) == OlsFit.Status.ESTIMATED)
              .toArray();
      int k = cols.length;
      // Each column times 10 as integers: the intercept and indicators 10 or 0, p as tenths.
      long[][] design = new long[n][k];
      long[] tenthsY = new long[n];
      for (int i = 0; i < n; i++) {
        tenthsY[i] = Math.round(10 * y[i]);
        for (int c = 0; c < k; c++) {
          int j = cols[c];
          design[i][c] = j == 0 ? 10 : j == t - 1 ? Math.round(10 * p[i]) : x[j - 1][i] ? 10 : 0;
        }
      }
      // [X'X | X'y | I], reduced to [I | b | (X'X)^-1]; the scale 100 cancels in b.
      BigDecimal[][] m = new BigDecimal[k][2 * k + 1];
      long yy = 0;
      for (int i = 0; i < n; i++) {
        yy += tenthsY[i] * tenthsY[i];
      }
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          long sum = 0;
          for (int i = 0; i < n; i++) {
            sum += design[i][a] * design[i][b];
          }
          m[a][b] = BigDecimal.valueOf(sum);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
          sum += design[i][a] * tenthsY[i];
        }
        m[a][k] = BigDecimal.valueOf(sum);
        for (int b = 0; b < k; b++) {
          m[a][k + 1 + b] = a == b ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
        }
      }
      BigDecimal[] xy = new BigDecimal[k];
      for (int a = 0; a < k; a++) {
        xy[a] = m[a][k];
      }
      for (int c = 0; c < k; c++) {
        BigDecimal pivot = m[c][c];
        for (int b = 0; b < 2 * k + 1; b++) {
          m[c][b] = m[c][b].divide(pivot, DIGITS);
        }
        for (int r = 0; r < k; r++) {
          if (r != c) {
            BigDecimal factor = m[r][c];
            for (int b = 0; b < 2 * k + 1; b++) {
              m[r][b] = m[r][b].subtract(factor.multiply(m[c][b]), DIGITS);
            }
          }
        }
      }
      // RSS = y'y - b'X'y, in hundredths.
      BigDecimal rss = BigDecimal.valueOf(yy);
      for (int a = 0; a < k; a++) {
        rss = rss.subtract(m[a][k].multiply(xy[a]), DIGITS);
      }
      double sigma2 = rss.doubleValue() / 100 / (n - k);
      double[] coefficients = new double[t];
      double[][] covariance = new double[t][t];
      for (int a = 0; a < k; a++) {
        coefficients[cols[a]] = m[a][k].doubleValue();
        for (int b = 0; b < k; b++) {
          covariance[cols[a]][cols[b]] = sigma2 * m[a][k + 1 + b].doubleValue();
        }
      }
      return new Reference(coefficients, covariance, sigma2);
    }
  }
}
