package org.rehabprogress.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Ordinary least squares for the next-day models (SPEC 3b): {@code y} on an intercept, 0/1
 * indicator columns and one real column {@code p}, as R's {@code lm(y ~ ...)} fits it.
 *
 * <p>Why a small Cholesky here rather than a library: R's {@code lm} keeps the columns in model
 * order and declares a column aliased ({@code NA}) when it is a linear combination of the columns
 * before it (LINPACK {@code dqrdc2}, "limited pivoting", tolerance 1e-7), so that of two equal
 * indicators the later one is {@code NA}. The rank-revealing decompositions of Commons Math 3.6.1
 * ({@code RRQRDecomposition}) and EJML 0.46.1 ({@code QRColPivDecompositionHouseholderColumn})
 * pivot by column norm and would drop a different column than R; their Cholesky decompositions
 * reject a singular matrix instead of dropping the column. And the fit runs for every patient
 * (10,000 in a cohort): one pass over the pain arrays and one over each indicator accumulate the
 * cross products, and the rest works on a matrix of a few columns squared, with no matrix objects
 * (about 5 microseconds a patient for 300 pairs; see docs/benchmark/AdjustedModels.java). The
 * covariance matrix needs the inverse of the cross-product matrix; it is formed from the inverse of
 * its triangular factor, as R's {@code chol2inv} does for {@code vcov}.
 *
 * <p>Accuracy: {@code p} and {@code y} are shifted by their first values before the cross products
 * are summed, so that the normal equations stay well conditioned (the intercept and the indicators
 * give exact integer counts); coefficients and covariances agree with R's QR to about 1e-14 on pain
 * diaries. A column is aliased when its squared norm left after the columns before it is at most
 * {@code 1e-14} of its squared norm (R's rule, squared) or at most {@code 1e-10} of its squared
 * variation (about its mean for {@code p}, its count for an indicator): for an exactly dependent
 * column the computed remainder is rounding noise, some 1e-15 of that, while an independent 0/1
 * column keeps a remainder of the order of one day, and a pain column that the indicators do not
 * explain exactly keeps far more than 1e-10 of its variation (a hundredth of a point on one day is
 * enough).
 */
final class LeastSquares {

  /** The intercept's name, as R prints it. */
  static final String INTERCEPT = "(Intercept)";

  /** The pain-that-day column's name, as in {@code lm(y ~ F + L + O + p)}. */
  static final String PAIN = "p";

  /** R's {@code lm.fit} tolerance {@code tol = 1e-07}, on norms (so 1e-14 on squared norms). */
  static final double R_TOLERANCE_SQUARED = 1e-14;

  /** The remainder, relative to the column's squared variation, that counts as rounding. */
  static final double ROUNDING = 1e-10;

  private LeastSquares() {}

  /**
   * Fits {@code y ~ 1 + indicators[0] + ... + p}. A column that is constant over the observations
   * is left out ({@link OlsFit.Status#CONSTANT}); the intercept never is. A column that is a linear
   * combination of the estimated columns before it is {@link OlsFit.Status#ALIASED}. Lengths and
   * finiteness are the caller's checks.
   *
   * @param y the outcome, at least one value
   * @param p the real column, as long as {@code y}
   * @param indicators the 0/1 columns, each as long as {@code y}
   * @param terms the terms' names: {@value #INTERCEPT}, one per indicator, then p's
   * @return the fit, with the indicators' counts
   */
  static Fitted fit(double[] y, double[] p, boolean[][] indicators, List<String> terms) {
    int n = y.length;
    int m = indicators.length;
    int t = m + 2;
    int pc = t - 1; // p's position
    CrossProducts s = CrossProducts.of(y, p, indicators);
    OlsFit.Status[] status = new OlsFit.Status[t];
    Arrays.fill(status, OlsFit.Status.ESTIMATED);
    for (int j = 1; j <= pc; j++) {
      if (s.constant[j]) {
        status[j] = OlsFit.Status.CONSTANT;
      }
    }
    // Cholesky factor of the estimated columns' cross products, in model order.
    double[] l = new double[t * t];
    for (int j = 0; j < t; j++) {
      if (status[j] != OlsFit.Status.ESTIMATED) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        if (status[i] == OlsFit.Status.ESTIMATED) {
          double v = s.gram[j * t + i];
          for (int q = 0; q < i; q++) {
            v -= l[j * t + q] * l[i * t + q];
          }
          l[j * t + i] = v / l[i * t + i];
        }
      }
      double d = s.gram[j * t + j];
      for (int q = 0; q < j; q++) {
        d -= l[j * t + q] * l[j * t + q];
      }
      if (d <= R_TOLERANCE_SQUARED * s.norm2[j] || d <= ROUNDING * s.scale[j]) {
        status[j] = OlsFit.Status.ALIASED;
        Arrays.fill(l, j * t, j * t + j, 0);
      } else {
        l[j * t + j] = Math.sqrt(d);
      }
    }
    boolean[] kept = new boolean[t];
    int k = 0;
    for (int j = 0; j < t; j++) {
      kept[j] = status[j] == OlsFit.Status.ESTIMATED;
      k += kept[j] ? 1 : 0;
    }
    // Forward: z = L^-1 X'y; back: b = L^-T z. The residual sum of squares is y'y - z'z.
    double[] z = new double[t];
    double rss = s.yy;
    for (int j = 0; j < t; j++) {
      if (kept[j]) {
        double v = s.xy[j];
        for (int q = 0; q < j; q++) {
          v -= l[j * t + q] * z[q];
        }
        z[j] = v / l[j * t + j];
        rss -= z[j] * z[j];
      }
    }
    double[] b = new double[t];
    for (int j = t - 1; j >= 0; j--) {
      if (kept[j]) {
        double v = z[j];
        for (int q = j + 1; q < t; q++) {
          v -= l[q * t + j] * b[q];
        }
        b[j] = v / l[j * t + j];
      }
    }
    int df = n - k;
    double sigma2 = df > 0 ? Math.max(rss, 0) / df : Double.NaN;
    double[] cov = covariance(l, kept, t, sigma2);
    // Back from y - y[0] and p - p[0] to R's parametrisation: only the intercept moves.
    b[0] += y[0];
    if (kept[pc]) {
      b[0] -= p[0] * b[pc];
      shiftIntercept(cov, t, pc, p[0]);
    }
    for (int j = 0; j < t; j++) {
      if (!kept[j]) {
        b[j] = Double.NaN;
        for (int q = 0; q < t; q++) {
          cov[j * t + q] = Double.NaN;
          cov[q * t + j] = Double.NaN;
        }
      }
    }
    return new Fitted(new OlsFit(n, terms, List.of(status), b, cov, sigma2), s.counts);
  }

  /**
   * A fit with each indicator's number of true values, which the minimum-data rules need.
   *
   * @param fit the fit
   * @param counts the number of pairs with each indicator, in the order given
   */
  record Fitted(OlsFit fit, int[] counts) {}

  /**
   * Returns {@code sigma2} times the inverse of {@code L L'} over the kept columns (R's {@code
   * chol2inv}): {@code L^-T L^-1}, with {@code L^-1} found by forward substitution, full size with
   * zeros elsewhere; NaN everywhere when {@code sigma2} is NaN.
   */
  private static double[] covariance(double[] l, boolean[] kept, int t, double sigma2) {
    double[] inv = new double[t * t]; // L^-1, lower triangular over the kept columns
    for (int c = 0; c < t; c++) {
      if (!kept[c]) {
        continue;
      }
      inv[c * t + c] = 1 / l[c * t + c];
      for (int r = c + 1; r < t; r++) {
        if (kept[r]) {
          double v = 0;
          for (int q = c; q < r; q++) {
            v -= l[r * t + q] * inv[q * t + c];
          }
          inv[r * t + c] = v / l[r * t + r];
        }
      }
    }
    double[] cov = new double[t * t];
    for (int a = 0; a < t; a++) {
      for (int b = a; b < t; b++) {
        double v = 0;
        for (int r = b; r < t; r++) {
          v += inv[r * t + a] * inv[r * t + b];
        }
        cov[a * t + b] = sigma2 * v;
        cov[b * t + a] = sigma2 * v;
      }
    }
    return cov;
  }

  /**
   * Turns the covariance of (intercept at {@code p = shift}, ..., slope of p) into that of R's
   * intercept at {@code p = 0}: {@code b0 = b0' - shift * bp}.
   */
  private static void shiftIntercept(double[] cov, int t, int pc, double shift) {
    double c0p = cov[pc];
    double cpp = cov[pc * t + pc];
    for (int j = 1; j < t; j++) {
      double v = cov[j] - shift * cov[pc * t + j];
      cov[j] = v;
      cov[j * t] = v;
    }
    cov[0] = cov[0] - 2 * shift * c0p + shift * shift * cpp;
  }

  /** Returns the number of true values. */
  static int count(boolean[] x) {
    int c = 0;
    for (boolean v : x) {
      c += v ? 1 : 0;
    }
    return c;
  }
}
