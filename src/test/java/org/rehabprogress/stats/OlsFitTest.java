package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fit record: its sizes, copies and equality. */
class OlsFitTest {

  private static OlsFit fit(double coefficient) {
    return new OlsFit(
        3,
        List.of("(Intercept)", "p"),
        List.of(OlsFit.Status.ESTIMATED, OlsFit.Status.CONSTANT),
        new double[] {coefficient, Double.NaN},
        new double[] {0.25, Double.NaN, Double.NaN, Double.NaN},
        0.75);
  }

  @Test
  void countsTheEstimatedTerms() {
    OlsFit fit = fit(2);
    assertEquals(1, fit.k());
    assertEquals(2, fit.dfResidual());
    assertEquals(0.5, fit.standardError(0));
    assertTrue(Double.isNaN(fit.standardError(1)));
  }

  @Test
  void copiesItsArraysInAndOut() {
    double[] coefficients = {2, Double.NaN};
    OlsFit fit =
        new OlsFit(
            3,
            List.of("(Intercept)", "p"),
            List.of(OlsFit.Status.ESTIMATED, OlsFit.Status.CONSTANT),
            coefficients,
            new double[4],
            0.75);
    coefficients[0] = 99;
    fit.coefficients()[0] = 98;
    fit.covariance()[0] = 97;
    assertEquals(2.0, fit.coefficient(0));
    assertEquals(0.0, fit.covariance(0, 0));
  }

  @Test
  void equalsByValue() {
    assertEquals(fit(2), fit(2));
    assertEquals(fit(2).hashCode(), fit(2).hashCode());
    assertNotEquals(fit(2), fit(3));
    assertTrue(fit(2).toString().contains("coefficients=[2.0, NaN]"));
  }

  @Test
  void rejectsInconsistentSizes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new OlsFit(
                    3,
                    List.of("(Intercept)", "p"),
                    List.of(OlsFit.Status.ESTIMATED),
                    new double[2],
                    new double[4],
                    1));
    assertEquals(
        "inconsistent fit: n=3, 2 terms, 1 statuses, 2 coefficients, 4 covariances",
        e.getMessage());
  }
}
