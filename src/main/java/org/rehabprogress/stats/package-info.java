/**
 * Small, pure numeric routines checked against R: the Theil-Sen slope ({@link
 * org.rehabprogress.stats.TheilSen}), the Wilson score interval ({@link
 * org.rehabprogress.stats.Wilson}), the one-sample Wilcoxon signed-rank test with its
 * Hodges-Lehmann estimate and interval ({@link org.rehabprogress.stats.WilcoxonSignedRank}, {@link
 * org.rehabprogress.stats.HodgesLehmann}), rounding half away from zero as numbers are shown
 * ({@link org.rehabprogress.stats.Round}), exact arithmetic on the user's decimals ({@link
 * org.rehabprogress.stats.Ratio}, an exact fraction in longs that moves to Commons Numbers' {@code
 * BigFraction} rather than overflow, handed out as the exact-faithful double; {@link
 * org.rehabprogress.stats.RatioSum}; {@link org.rehabprogress.stats.Decimals}, the decimal as
 * written from the stored double), and the adjusted activity comparison of SPEC 3b and 5b:
 *
 * <ul>
 *   <li>{@link org.rehabprogress.stats.NextDayModel}: per patient, least squares of next-day pain
 *       on the day's activity indicators and pain, as R's {@code lm(y ~ F + L + O + p)} (and the
 *       per-activity model), with the minimum-data rules; results as {@link
 *       org.rehabprogress.stats.ClassModel}, {@link org.rehabprogress.stats.ActivityModel} and
 *       {@link org.rehabprogress.stats.OlsFit}. A missing figure is an {@link
 *       org.rehabprogress.stats.AdjustedDifference.None} with its reason, never a NaN.
 *   <li>{@link org.rehabprogress.stats.RandomEffects}: REML random-effects pooling across patients,
 *       as {@code metafor::rma(yi, sei = se, method = "REML")}, into a {@link
 *       org.rehabprogress.stats.PooledEffect}; {@link org.rehabprogress.stats.Holm}: Holm's
 *       adjustment, as {@code p.adjust(p, "holm")}.
 * </ul>
 *
 * <p>The linear algebra is a small in-order Cholesky of the cross-product matrix ({@code
 * LeastSquares}; its Javadoc says why not a library), so that aliased columns are the ones R's
 * {@code lm} leaves {@code NA}.
 *
 * <p>No I/O, no state (the t quantiles are remembered per degrees of freedom, which changes no
 * result): static methods on arrays of doubles and booleans, returning records. Where the older
 * routines return a documented NaN for "no figure" (an empty sample), the adjusted comparison
 * returns a sealed type instead. May use Commons Statistics (distributions and the signed-rank
 * test) and Commons Numbers ({@code BigFraction}); imports nothing else of the project.
 */
package org.rehabprogress.stats;
