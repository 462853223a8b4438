package org.rehabprogress.stats;

/**
 * An adjusted difference in next-day pain from a per-patient model (SPEC 3b), or the reason there
 * is none. An {@link Estimate} always has a finite estimate, a positive standard error and a 95%
 * interval; there is no NaN to miss.
 */
public sealed interface AdjustedDifference {

  /**
   * A difference with its standard error and 95% t interval {@code estimate +- qt(0.975, df) * se},
   * as from R's {@code lm}.
   *
   * @param estimate the difference in points of pain (0-10 scale), finite
   * @param se its standard error, finite and above 0
   * @param df the residual degrees of freedom {@code n - k}, 1 or more
   * @param ciLow the lower bound of the 95% interval
   * @param ciHigh the upper bound of the 95% interval
   */
  record Estimate(double estimate, double se, int df, double ciLow, double ciHigh)
      implements AdjustedDifference {

    /** Checks that the figures are finite, the standard error positive and df at least 1. */
    public Estimate {
      if (!Double.isFinite(estimate) || !(se > 0 && se < Double.POSITIVE_INFINITY) || df < 1) {
        throw new IllegalArgumentException(
            "need a finite estimate, 0 < se < infinity and df >= 1, got estimate="
                + estimate
                + " se="
                + se
                + " df="
                + df);
      }
    }

    /** Returns the estimate with its 95% interval on {@code df} degrees of freedom. */
    static Estimate of(double estimate, double se, int df) {
      double half = StudentT.quantile975(df) * se;
      return new Estimate(estimate, se, df, estimate - half, estimate + half);
    }
  }

  /**
   * No difference, and why.
   *
   * @param reason the first rule, in the order of {@link Reason}, that the data do not meet
   */
  record None(Reason reason) implements AdjustedDifference {

    /** Checks that there is a reason. */
    public None {
      if (reason == null) {
        throw new IllegalArgumentException("a missing difference needs a reason");
      }
    }
  }

  /**
   * Why a difference is missing, in the order the rules are checked (the first unmet one is given).
   * The minimum-data rules are SPEC 3b's: 20 day pairs, 5 pairs on each side of a comparison, the
   * compared columns kept, 5 residual degrees of freedom.
   */
  enum Reason {
    /** Fewer than 20 day pairs. */
    FEW_PAIRS,
    /** Fewer than 5 pairs whose day had a flagged activity. */
    FEW_FLAGGED,
    /** Fewer than 5 pairs whose day had a low-impact activity. */
    FEW_LOW_IMPACT,
    /** An activity done on fewer than 5 of the pairs' days (it counts as "other" instead). */
    FEW_ACTIVITY_DAYS,
    /**
     * The compared column is constant: every pair's day had it (a flagged activity every day), so
     * there is no day without it to compare with.
     */
    EVERY_DAY,
    /**
     * The compared column is a linear combination of the columns before it, so its effect cannot be
     * told apart from theirs (R's {@code lm} gives {@code NA}): low-impact activity on exactly the
     * days of flagged activity, or on exactly the days without it; an activity always done with
     * another one named before it.
     */
    ALIASED,
    /** Fewer than 5 residual degrees of freedom {@code n - k}. */
    FEW_DEGREES_OF_FREEDOM,
    /**
     * The model fits every pair exactly (next-day pain the same every day, for instance), so there
     * is no residual variation to give a standard error.
     */
    NO_RESIDUAL_VARIATION
  }
}
