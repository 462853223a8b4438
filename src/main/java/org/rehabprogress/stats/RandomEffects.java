package org.rehabprogress.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Random-effects pooling of per-patient estimates with the REML estimate of the between-patient
 * variance, step for step as R's {@code metafor::rma(yi, sei = se, method = "REML")} (metafor 3.8,
 * {@code rma.uni} with its default control settings) computes it for an intercept-only model, so
 * that the default call's figures agree to far better than 1e-6:
 *
 * <ul>
 *   <li>k = 1: tau^2 = 0 without iterating (metafor's "k1" branch), I^2 = 0;
 *   <li>start: the Hedges (HE) estimate {@code (sum((y - mean(y))^2) - (1 - 1/k) sum(v)) / (k -
 *       1)}, truncated at 0;
 *   <li>Fisher scoring: {@code tau2 += (y'PPy - tr(P)) / tr(PP)} with {@code P = W - W 1 1' W /
 *       sum(w)}, {@code W = diag(1 / (v + tau2))}, the step halved while it would take tau^2 below
 *       0, until a step changes tau^2 by at most 1e-5 ({@code threshold}); more than 100 iterations
 *       ({@code maxiter}) is no convergence;
 *   <li>the check that the REML log-likelihood at tau^2 = 0 is not higher by more than {@code
 *       .Machine$double.eps^0.25} ({@code ll0check}; metafor then warns and sets tau^2 = 0);
 *   <li>I^2 with metafor's "typical" within-study variance ({@code i2def = "1"}).
 * </ul>
 *
 * <p>The traces and the sums of P's entries use the closed forms for one intercept, with {@code
 * sum(w) - w[i]} summed from the other weights, so no matrix is formed and nothing cancels when one
 * patient's weight dominates.
 */
public final class RandomEffects {

  /** metafor's {@code control$threshold}: Fisher scoring stops at a change of tau^2 this small. */
  static final double THRESHOLD = 1e-5;

  /** metafor's {@code control$maxiter}. */
  static final int MAX_ITERATIONS = 100;

  /** metafor's {@code control$tol}, {@code .Machine$double.eps^0.25}, for the ll0 check. */
  static final double LL_TOLERANCE = 0x1p-13;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /** R's {@code qnorm(0.025, lower.tail = FALSE)}. */
  private static final double Z975 = STANDARD_NORMAL.inverseSurvivalProbability(0.025);

  private RandomEffects() {}

  /**
   * Returns the REML random-effects pooled estimate of {@code estimates}, each with its standard
   * error. The inputs are not modified.
   *
   * @param estimates the per-patient estimates {@code yi}, finite
   * @param standardErrors their standard errors {@code sei}, finite and above 0 (metafor cannot
   *     weight an estimate with no variance: it stops with "Division by zero" or leaves I^2 out)
   * @return the pooled estimate, or none when there are no values or Fisher scoring does not
   *     converge; never null
   * @throws IllegalArgumentException when the lengths differ, a value is not finite or a standard
   *     error is not above 0
   */
  public static PooledEffect reml(double[] estimates, double[] standardErrors) {
    int k = estimates.length;
    if (standardErrors.length != k) {
      throw new IllegalArgumentException(
          "estimates and standardErrors must have the same length, got "
              + k
              + " and "
              + standardErrors.length);
    }
    Finite.check("estimates", estimates);
    Finite.check("standardErrors", standardErrors);
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      double se = standardErrors[i];
      if (!(se > 0)) {
        throw new IllegalArgumentException(
            "standardErrors[" + i + "] is " + se + "; standard errors must be above 0");
      }
      v[i] = se * se;
    }
    if (k == 0) {
      return new PooledEffect.None(PooledEffect.Reason.NO_VALUES);
    }
    double tau2 = 0;
    int iterations = 0;
    if (k > 1) {
      tau2 = Math.max(0, hedges(estimates, v));
      double change = THRESHOLD + 1;
      double[] w = new double[k];
      while (change > THRESHOLD) {
        iterations++;
        double old = tau2;
        weights(v, tau2, w);
        double adj = Weights.scoringStep(estimates, w);
        if (Double.isNaN(adj)) {
          adj = 0;
        }
        while (tau2 + adj < 0) {
          adj /= 2;
        }
        tau2 += adj;
        change = Math.abs(old - tau2);
        if (iterations > MAX_ITERATIONS) {
          return new PooledEffect.None(PooledEffect.Reason.NOT_CONVERGED);
        }
      }
      if (tau2 > THRESHOLD
          && Weights.remlLogLikelihood(estimates, v, 0)
                  - Weights.remlLogLikelihood(estimates, v, tau2)
              > LL_TOLERANCE) {
        tau2 = 0;
      }
      tau2 = Math.max(0, tau2);
    }
    return estimate(estimates, v, tau2, iterations);
  }

  private static PooledEffect.Estimate estimate(double[] y, double[] v, double tau2, int iter) {
    int k = y.length;
    double sumW = 0;
    double sumWy = 0;
    for (int i = 0; i < k; i++) {
      double w = 1 / (v[i] + tau2);
      sumW += w;
      sumWy += w * y[i];
    }
    double beta = sumWy / sumW;
    double se = Math.sqrt(1 / sumW);
    double z = beta / se;
    double p = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    double i2 = 0;
    if (k > 1) {
      double[] w = new double[k];
      weights(v, 0, w);
      double typical = (k - 1) / Weights.traceP(w);
      i2 = 100 * tau2 / (typical + tau2);
    }
    return new PooledEffect.Estimate(
        k, beta, se, beta - Z975 * se, beta + Z975 * se, z, p, tau2, i2, iter);
  }

  /** Returns metafor's starting value, the Hedges estimate (not yet truncated at 0). */
  static double hedges(double[] y, double[] v) {
    int k = y.length;
    double mean = 0;
    for (double value : y) {
      mean += value;
    }
    mean /= k;
    double rss = 0;
    double sumV = 0;
    for (int i = 0; i < k; i++) {
      double d = y[i] - mean;
      rss += d * d;
      sumV += v[i];
    }
    return (rss - (1 - 1.0 / k) * sumV) / (k - 1);
  }

  private static void weights(double[] v, double tau2, double[] w) {
    for (int i = 0; i < v.length; i++) {
      w[i] = 1 / (v[i] + tau2);
    }
  }
}
