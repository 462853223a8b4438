package org.rehabprogress.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder as R's {@code uniroot} runs it (R_zeroin2, from the public-domain netlib C
 * {@code zeroin} by Oleg Keselyov after Brent 1973, "Algorithms for minimization without
 * derivatives", ch. 4): the same steps in the same order, so that a root R finds to a tolerance of
 * 1e-4 is found here to the last bit, not merely to 1e-4.
 */
final class Zeroin {

  private static final double EPSILON = Math.ulp(1.0);

  private Zeroin() {}

  /**
   * Returns R's {@code uniroot(f, lower = a, upper = b, f.lower = fa, f.upper = fb, tol =
   * tol)$root} with the default 1000 iterations: a point within about {@code tol} of a sign change
   * of {@code f} in {@code [a, b]}. As R does, a non-finite value of {@code f} inside the search
   * counts as the largest double of its sign ({@code -Inf} stays negative, NaN and {@code +Inf}
   * become positive). After 1000 iterations the last approximation is returned (R warns).
   *
   * @param fa {@code f(a)}, finite
   * @param fb {@code f(b)}, finite
   * @throws IllegalArgumentException when {@code a >= b} or {@code fa} and {@code fb} have the same
   *     sign, where R stops
   */
  static double root(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol) {
    return root(f, a, b, fa, fb, tol, 1000);
  }

  /** Returns the root as above, after at most {@code maxIterations} steps (R's {@code maxiter}). */
  static double root(
      DoubleUnaryOperator f,
      double a,
      double b,
      double fa,
      double fb,
      double tol,
      int maxIterations) {
    if (!(a < b)) {
      throw new IllegalArgumentException("lower < upper  is not fulfilled");
    }
    if (Math.signum(fa) * Math.signum(fb) > 0) {
      throw new IllegalArgumentException("f() values at end points not of opposite sign");
    }
    return zeroin2(f, a, b, fa, fb, tol, maxIterations);
  }

  private static double zeroin2(
      DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol, int maxIt) {
    double c = a;
    double fc = fa;
    if (fa == 0.0) {
      return a;
    }
    if (fb == 0.0) {
      return b;
    }
    for (int left = maxIt + 1; left > 0; left--) {
      double prevStep = b - a;
      if (Math.abs(fc) < Math.abs(fb)) {
        // Make b the best approximation.
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
      double newStep = (c - b) / 2;
      if (Math.abs(newStep) <= tolAct || fb == 0.0) {
        return b;
      }
      // Interpolate when the previous step was large enough and went the right way.
      if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
        double p;
        double q;
        double cb = c - b;
        if (a == c) {
          // Only two distinct points: the secant.
          double t1 = fb / fa;
          p = cb * t1;
          q = 1.0 - t1;
        } else {
          // Inverse quadratic interpolation.
          q = fa / fc;
          double t1 = fb / fc;
          double t2 = fb / fa;
          p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
          q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        // Accept b + p/q when it falls within [b, c] and is not too large; else bisect.
        if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
          newStep = p / q;
        }
      }
      if (Math.abs(newStep) < tolAct) {
        newStep = newStep > 0 ? tolAct : -tolAct;
      }
      a = b;
      fa = fb;
      b += newStep;
      fb = finite(f.applyAsDouble(b));
      if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
        // Keep c on the other side of the root from b.
        c = a;
        fc = fa;
      }
    }
    return b;
  }

  /** R's uniroot wrapper (fcn2 in optimize.c) replaces a non-finite value so the search goes on. */
  private static double finite(double v) {
    if (Double.isFinite(v)) {
      return v;
    }
    return v == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : Double.MAX_VALUE;
  }
}
