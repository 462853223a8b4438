/**
 * Small, pure numeric routines checked against R: the Theil-Sen slope ({@link
 * org.rehabprogress.stats.TheilSen}), the Wilson score interval ({@link
 * org.rehabprogress.stats.Wilson}), the one-sample Wilcoxon signed-rank test with its
 * Hodges-Lehmann estimate and interval ({@link org.rehabprogress.stats.WilcoxonSignedRank}, {@link
 * org.rehabprogress.stats.HodgesLehmann}) and rounding half away from zero as numbers are shown
 * ({@link org.rehabprogress.stats.Round}).
 *
 * <p>No I/O, no state: static methods on arrays of doubles, returning records. May use Commons
 * Statistics (distributions and the signed-rank test); imports nothing else of the project.
 */
package org.rehabprogress.stats;
