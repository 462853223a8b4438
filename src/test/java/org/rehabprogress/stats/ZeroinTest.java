package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Brent's root finder against R's {@code uniroot}, to the bit: the port takes R's steps. See {@link
 * RVersion} for the R used.
 */
class ZeroinTest {

  private static double root(DoubleUnaryOperator f, double a, double b, double tol) {
    return Zeroin.root(f, a, b, f.applyAsDouble(a), f.applyAsDouble(b), tol);
  }

  @Test
  void findsACubeRootAsRDoesAtTheCoarseTolerance() {
    // R: uniroot(function(x) x*x*x - 2, c(0, 2), tol = 1e-4)$root  (5 iterations)
    assertEquals(1.2599227999045635, root(x -> x * x * x - 2, 0, 2, 1e-4), 0);
  }

  @Test
  void findsACubeRootAsRDoesAtAFineTolerance() {
    // R: uniroot(function(x) x*x*x - 2, c(0, 2), tol = 1e-12)$root
    assertEquals(1.2599210498949451, root(x -> x * x * x - 2, 0, 2, 1e-12), 0);
  }

  @Test
  void followsRThroughInverseQuadraticSteps() {
    // R: g <- function(x) (x - 0.3) * (x * x + 1) * (x + 4); uniroot(g, c(-1, 3), tol = 1e-4)$root
    DoubleUnaryOperator g = x -> (x - 0.3) * (x * x + 1) * (x + 4);
    assertEquals(0.2999858193585076, root(g, -1, 3, 1e-4), 0);
  }

  @Test
  void findsAJumpOfAStepFunction() {
    // R: uniroot(function(x) floor(8 * x) - 3, c(0, 1), tol = 1e-4)$root
    assertEquals(0.45312499999999989, root(x -> Math.floor(8 * x) - 3, 0, 1, 1e-4), 0);
  }

  @Test
  void treatsInfinitiesAsTheLargestDoubles() {
    // R: uniroot(function(x) if (x < 0.5) -Inf else Inf, c(0, 1), f.lower = -1, f.upper = 1,
    //            tol = 1e-4)$root
    DoubleUnaryOperator f = x -> x < 0.5 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    assertEquals(0.49993897094726564, Zeroin.root(f, 0, 1, -1, 1, 1e-4), 0);
  }

  @Test
  void treatsNaNAsTheLargestPositiveDouble() {
    // R: uniroot(function(x) if (x < 0.5) -1 else NaN, c(0, 1), f.lower = -1, f.upper = 1,
    //            tol = 1e-4)$root
    DoubleUnaryOperator f = x -> x < 0.5 ? -1 : Double.NaN;
    assertEquals(0.49993897094726564, Zeroin.root(f, 0, 1, -1, 1, 1e-4), 0);
  }

  @Test
  void stopsAtTheIterationLimitAsR() {
    // R: uniroot(function(x) x*x*x - 2, c(0, 2), tol = 1e-12, maxiter = 2)$root  (R warns)
    DoubleUnaryOperator f = x -> x * x * x - 2;
    assertEquals(1.2660362892921033, Zeroin.root(f, 0, 2, -2, 6, 1e-12, 2), 0);
  }

  @Test
  void returnsAnEndpointThatIsARoot() {
    // R: uniroot(function(x) x - 1, c(1, 2))$root is 1; uniroot(function(x) x - 2, c(1, 2))$root 2
    assertEquals(1.0, root(x -> x - 1, 1, 2, 1e-4));
    assertEquals(2.0, root(x -> x - 2, 1, 2, 1e-4));
  }

  @Test
  void rejectsWhatRRejects() {
    IllegalArgumentException order =
        assertThrows(IllegalArgumentException.class, () -> root(x -> x, 1, 1, 1e-4));
    assertEquals("lower < upper  is not fulfilled", order.getMessage());
    IllegalArgumentException sign =
        assertThrows(IllegalArgumentException.class, () -> root(x -> x, 1, 2, 1e-4));
    assertEquals("f() values at end points not of opposite sign", sign.getMessage());
  }
}
