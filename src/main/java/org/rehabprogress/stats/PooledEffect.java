package org.rehabprogress.stats;

/**
 * A random-effects pooled estimate across patients (SPEC 5b), as R's {@code metafor::rma(yi, sei =
 * se, method = "REML")} reports it, or the reason there is none. An {@link Estimate} has no NaN.
 */
public sealed interface PooledEffect {

  /**
   * The pooled estimate. The estimate, its standard error, interval and p-value use the normal
   * distribution (metafor's default {@code test = "z"}).
   *
   * @param k the number of values pooled (patients), 1 or more
   * @param estimate the inverse-variance weighted mean with weights {@code 1 / (se^2 + tau2)}
   * @param se its standard error {@code sqrt(1 / sum(w))}
   * @param ciLow {@code estimate - qnorm(0.975) * se}
   * @param ciHigh {@code estimate + qnorm(0.975) * se}
   * @param z {@code estimate / se}
   * @param pValue the two-sided p-value {@code 2 * pnorm(-|z|)}
   * @param tau2 the REML estimate of the between-patient variance, 0 or more (0 when k is 1)
   * @param i2 I^2 in percent, {@code 100 * tau2 / (tau2 + vt)} with metafor's typical
   *     within-patient variance {@code vt = (k - 1) sum(w) / (sum(w)^2 - sum(w^2))}, {@code w = 1 /
   *     se^2}; 0 when k is 1
   * @param iterations the Fisher scoring iterations taken, 0 when k is 1
   */
  record Estimate(
      int k,
      double estimate,
      double se,
      double ciLow,
      double ciHigh,
      double z,
      double pValue,
      double tau2,
      double i2,
      int iterations)
      implements PooledEffect {

    /** Checks the ranges. */
    public Estimate {
      if (k < 1 || !Double.isFinite(estimate) || !(se > 0) || !(tau2 >= 0) || !(i2 >= 0)) {
        throw new IllegalArgumentException(
            "need k >= 1, a finite estimate, se > 0, tau2 >= 0 and i2 >= 0, got k="
                + k
                + " estimate="
                + estimate
                + " se="
                + se
                + " tau2="
                + tau2
                + " i2="
                + i2);
      }
    }
  }

  /**
   * No pooled estimate, and why.
   *
   * @param reason why
   */
  record None(Reason reason) implements PooledEffect {

    /** Checks that there is a reason. */
    public None {
      if (reason == null) {
        throw new IllegalArgumentException("a missing pooled estimate needs a reason");
      }
    }
  }

  /** Why a pooled estimate is missing. */
  enum Reason {
    /** No values to pool (metafor stops: "Processing terminated since k = 0."). */
    NO_VALUES,
    /**
     * Fisher scoring did not converge within metafor's 100 iterations (metafor stops: "Fisher
     * scoring algorithm did not converge.").
     */
    NOT_CONVERGED
  }
}
