package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compares a result with R's figures for the same call (see {@link RVersion}). */
final class WilcoxonAssertions {

  /** P-values agree with R's to this relative error (asked: 1e-6 absolute; seen: ~1e-15). */
  static final double P_RELATIVE = 1e-9;

  /**
   * Figures R finds by root-finding agree to this (R's own tolerance is 1e-4; Brent's steps are
   * ported, so the difference seen is about 1e-15, from the last bit of Commons' normal quantile).
   */
  static final double ROOT_ABSOLUTE = 1e-9;

  /** Figures R takes from sorted Walsh averages, exact in both. */
  static final double EXACT_ABSOLUTE = 1e-12;

  private WilcoxonAssertions() {}

  /** Asserts that {@code actual} agrees with R's {@code expected} field by field. */
  static void assertAgrees(WilcoxonResult expected, WilcoxonResult actual) {
    assertEquals(expected.n(), actual.n(), "n");
    assertEquals(expected.exact(), actual.exact(), "exact");
    assertEquals(expected.statistic(), actual.statistic(), 0, "V");
    assertRelative(expected.pValue(), actual.pValue());
    double tolerance = expected.exact() ? EXACT_ABSOLUTE : ROOT_ABSOLUTE;
    assertEquals(expected.estimate(), actual.estimate(), tolerance, "estimate");
    assertEquals(expected.ciLow(), actual.ciLow(), tolerance, "ci low");
    assertEquals(expected.ciHigh(), actual.ciHigh(), tolerance, "ci high");
    assertEquals(expected.confLevel(), actual.confLevel(), EXACT_ABSOLUTE, "conf level");
  }

  private static void assertRelative(double expected, double actual) {
    if (Double.isNaN(expected) || expected == 0) {
      assertEquals(expected, actual, 0, "p-value");
      return;
    }
    double error = Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(error <= P_RELATIVE, "p-value " + actual + " vs R's " + expected);
  }
}
