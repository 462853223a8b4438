package org.rehabprogress.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An ordinary least-squares fit as R's {@code lm} reports it: every term of the model in order,
 * what became of it, its coefficient and the covariance matrix {@code vcov(fit)}.
 *
 * <p>A term that was not estimated (left out as constant, or aliased) has NaN where R prints {@code
 * NA}, in {@link #coefficient} and in its row and column of {@link #covariance}; {@link #status}
 * says which, so read it first. The arrays are copied in and out.
 *
 * @param n the number of observations (day pairs), 1 or more
 * @param terms the names of the terms in model order, the intercept first ({@code "(Intercept)"})
 * @param status what became of each term, as many as {@code terms}
 * @param coefficients each term's coefficient, NaN when not estimated
 * @param covariance the covariance matrix of the coefficients, row-major, {@code terms.size()}
 *     squared entries: the residual variance times the inverse cross-product matrix of the
 *     estimated columns; NaN in the rows and columns of terms not estimated, and everywhere when no
 *     degree of freedom is left
 * @param residualVariance the residual sum of squares over {@code n - k}; NaN when {@code n == k}
 */
public record OlsFit(
    int n,
    List<String> terms,
    List<OlsFit.Status> status,
    double[] coefficients,
    double[] covariance,
    double residualVariance) {

  /** What became of a term of the model. */
  public enum Status {
    /** Estimated: it has a coefficient. */
    ESTIMATED,
    /** Left out: its column is constant over the observations (SPEC 3b). */
    CONSTANT,
    /**
     * Left out: its column is a linear combination of the columns before it (R's {@code lm} gives
     * {@code NA}), such as a low-impact indicator equal to the flagged one.
     */
    ALIASED
  }

  /** Checks the sizes and copies the lists and arrays. */
  public OlsFit {
    terms = List.copyOf(terms);
    status = List.copyOf(status);
    int t = terms.size();
    if (n < 1 || status.size() != t || coefficients.length != t || covariance.length != t * t) {
      throw new IllegalArgumentException(
          "inconsistent fit: n="
              + n
              + ", "
              + t
              + " terms, "
              + status.size()
              + " statuses, "
              + coefficients.length
              + " coefficients, "
              + covariance.length
              + " covariances");
    }
    coefficients = coefficients.clone();
    covariance = covariance.clone();
  }

  /** Returns the number of coefficients estimated, R's {@code fit$rank}. */
  public int k() {
    int k = 0;
    for (Status s : status) {
      k += s == Status.ESTIMATED ? 1 : 0;
    }
    return k;
  }

  /** Returns the residual degrees of freedom {@code n - k}, R's {@code df.residual(fit)}. */
  public int dfResidual() {
    return n - k();
  }

  /** Returns a copy of the coefficients, in term order. */
  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** Returns a copy of the covariance matrix, row-major. */
  @Override
  public double[] covariance() {
    return covariance.clone();
  }

  /** Returns the coefficient of term {@code term} (an index into {@link #terms}), NaN if none. */
  public double coefficient(int term) {
    return coefficients[term];
  }

  /** Returns the covariance of the coefficients of terms {@code a} and {@code b}. */
  public double covariance(int a, int b) {
    return covariance[a * terms.size() + b];
  }

  /** Returns the standard error of term {@code term}'s coefficient, NaN if it has none. */
  public double standardError(int term) {
    return Math.sqrt(covariance(term, term));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OlsFit f
        && n == f.n
        && terms.equals(f.terms)
        && status.equals(f.status)
        && Arrays.equals(coefficients, f.coefficients)
        && Arrays.equals(covariance, f.covariance)
        && Double.compare(residualVariance, f.residualVariance) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        n,
        terms,
        status,
        Arrays.hashCode(coefficients),
        Arrays.hashCode(covariance),
        residualVariance);
  }

  @Override
  public String toString() {
    return "OlsFit[n="
        + n
        + ", terms="
        + terms
        + ", status="
        + status
        + ", coefficients="
        + Arrays.toString(coefficients)
        + ", residualVariance="
        + residualVariance
        + "]";
  }
}
