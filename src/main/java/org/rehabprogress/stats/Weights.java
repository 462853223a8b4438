package org.rehabprogress.stats;

/**
 * The sums over the projection {@code P = W - w w' / sum(w)} of an intercept-only weighted model
 * that REML needs, in closed form. {@code P[i][i] = w[i] (S - w[i]) / S} with {@code S - w[i]}
 * summed from the other weights (never as a difference), and {@code P[i][j] = -w[i] w[j] / S}.
 */
final class Weights {

  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private Weights() {}

  /** Returns {@code sum(w) - w[i]} for each i, each summed from the other weights. */
  static double[] others(double[] w) {
    int k = w.length;
    double[] others = new double[k];
    double before = 0;
    for (int i = 0; i < k; i++) {
      others[i] = before;
      before += w[i];
    }
    double after = 0;
    for (int i = k - 1; i >= 0; i--) {
      others[i] += after;
      after += w[i];
    }
    return others;
  }

  /** Returns {@code tr(P)}. */
  static double traceP(double[] w) {
    double[] others = others(w);
    double s = sum(w);
    double trace = 0;
    for (int i = 0; i < w.length; i++) {
      trace += w[i] * others[i] / s;
    }
    return trace;
  }

  /**
   * Returns metafor's REML Fisher scoring step {@code (y'PPy - tr(P)) / tr(PP)} at weights {@code
   * w}.
   */
  static double scoringStep(double[] y, double[] w) {
    int k = y.length;
    double s = sum(w);
    double mean = 0;
    for (int i = 0; i < k; i++) {
      mean += w[i] * y[i];
    }
    mean /= s;
    double[] others = others(w);
    double ypp = 0; // |Py|^2, (Py)[i] = w[i] (y[i] - mean)
    double trace = 0;
    double diagonal2 = 0; // sum of P[i][i]^2
    double w2 = 0;
    double w4 = 0;
    for (int i = 0; i < k; i++) {
      double r = w[i] * (y[i] - mean);
      ypp += r * r;
      double pii = w[i] * others[i] / s;
      trace += pii;
      diagonal2 += pii * pii;
      double wi2 = w[i] * w[i];
      w2 += wi2;
      w4 += wi2 * wi2;
    }
    // The off-diagonal squares: sum over i != j of (w[i] w[j] / S)^2.
    double offDiagonal2 = Math.max(0, w2 * w2 - w4) / (s * s);
    return (ypp - trace) / (diagonal2 + offDiagonal2);
  }

  /**
   * Returns metafor's restricted log-likelihood at {@code tau2} ({@code REMLf = TRUE}): {@code -(k
   * - 1)/2 log(2 pi) - 1/2 sum(log(v + tau2)) - 1/2 log(sum(w)) - 1/2 sum(w (y - mean)^2)}.
   */
  static double remlLogLikelihood(double[] y, double[] v, double tau2) {
    int k = y.length;
    double s = 0;
    double sy = 0;
    double logs = 0;
    for (int i = 0; i < k; i++) {
      double w = 1 / (v[i] + tau2);
      s += w;
      sy += w * y[i];
      logs += Math.log(v[i] + tau2);
    }
    double mean = sy / s;
    double rss = 0;
    for (int i = 0; i < k; i++) {
      double d = y[i] - mean;
      rss += d * d / (v[i] + tau2);
    }
    return -0.5 * (k - 1) * LOG_2PI - 0.5 * logs - 0.5 * Math.log(s) - 0.5 * rss;
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }
}
