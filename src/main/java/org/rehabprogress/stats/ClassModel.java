package org.rehabprogress.stats;

import java.util.Optional;

/**
 * One patient's adjusted next-day comparison by activity class (SPEC 3b): the fit of {@code y ~ F +
 * L + O + p} over the day pairs and {@code adj_flagged_minus_low_impact}.
 *
 * @param pairs the number of day pairs {@code n}
 * @param flaggedPairs the pairs whose day had a flagged activity ({@code F = 1})
 * @param lowImpactPairs the pairs whose day had a low-impact activity ({@code L = 1})
 * @param fit the least-squares fit, with terms {@code (Intercept), F, L, O, p}; empty when there
 *     are no pairs. Present even when the comparison is {@link AdjustedDifference.None}.
 * @param flaggedMinusLowImpact {@code bF - bL} with its standard error and 95% t interval, or why
 *     there is none
 */
public record ClassModel(
    int pairs,
    int flaggedPairs,
    int lowImpactPairs,
    Optional<OlsFit> fit,
    AdjustedDifference flaggedMinusLowImpact) {

  /** The index of {@code F} in the fit's terms. */
  public static final int FLAGGED = 1;

  /** The index of {@code L} in the fit's terms. */
  public static final int LOW_IMPACT = 2;

  /** The index of {@code O} in the fit's terms. */
  public static final int OTHER = 3;

  /** The index of {@code p} in the fit's terms. */
  public static final int PAIN = 4;

  /** Checks that nothing is missing. */
  public ClassModel {
    if (fit == null || flaggedMinusLowImpact == null) {
      throw new IllegalArgumentException("fit and flaggedMinusLowImpact must not be null");
    }
  }
}
