package org.rehabprogress.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The adjusted next-day comparison of SPEC 3b: per patient, ordinary least squares of next-day pain
 * on the day's activity indicators and the day's own pain, over the patient's day pairs.
 *
 * <p>The caller builds the day pairs (the days {@code d} with a daily pain value on {@code d} and
 * on {@code d + 1}) as parallel arrays, one entry per pair: {@code nextDayPain[i]} is {@code y}
 * (pain on {@code d + 1}), {@code pain[i]} is {@code p} (pain on {@code d}), and the indicators say
 * what day {@code d} had. Equal decimals must come as equal doubles (the nearest double of the
 * exact daily mean), since a column is left out only when it is exactly constant. Pure: no state;
 * the arrays are not modified.
 *
 * <p>Reference, R: {@code fit <- lm(y ~ F + L + O + p)}; {@code est <- coef(fit)["F"] -
 * coef(fit)["L"]}; {@code v <- vcov(fit)}; {@code se <- sqrt(v["F","F"] + v["L","L"] - 2 *
 * v["F","L"])}; {@code est + c(-1, 1) * qt(0.975, df.residual(fit)) * se}. Where R's {@code lm}
 * gives {@code NA} for an aliased column, the column is {@link OlsFit.Status#ALIASED} and a
 * difference that needs it is {@link AdjustedDifference.Reason#ALIASED}.
 */
public final class NextDayModel {

  /** SPEC 3b: an adjusted figure needs at least this many day pairs. */
  public static final int MIN_PAIRS = 20;

  /**
   * SPEC 3b: at least this many pairs with {@code F = 1} and with {@code L = 1}; an activity name
   * gets its own indicator when done on at least this many of the pairs' days.
   */
  public static final int MIN_DAYS = 5;

  /** SPEC 3b: at least this many residual degrees of freedom {@code n - k}. */
  public static final int MIN_DF = 5;

  private static final List<String> CLASS_TERMS =
      List.of(LeastSquares.INTERCEPT, "F", "L", "O", LeastSquares.PAIN);

  /** The term name of the other-activity indicator. */
  static final String OTHER = "O";

  private NextDayModel() {}

  /**
   * Returns the model {@code y ~ F + L + O + p} and {@code adj_flagged_minus_low_impact = bF - bL}.
   * The indicators are not exclusive (a day of walking and tennis has {@code F = L = 1}); the
   * reference is a logged day with no activity. The difference needs {@value #MIN_PAIRS} pairs,
   * {@value #MIN_DAYS} with {@code F = 1} and {@value #MIN_DAYS} with {@code L = 1}, {@code F} and
   * {@code L} neither constant nor aliased, and {@value #MIN_DF} residual degrees of freedom (which
   * the first rule already ensures here: {@code k <= 5}). When several rules fail, the reason is
   * the first in the order of {@link AdjustedDifference.Reason}.
   *
   * @param nextDayPain {@code y}, pain on {@code d + 1}, finite
   * @param pain {@code p}, pain on {@code d}, finite
   * @param flagged {@code F}: day {@code d} had a FLAGGED entry
   * @param lowImpact {@code L}: day {@code d} had a LOW_IMPACT entry
   * @param other {@code O}: day {@code d} had a NEUTRAL or UNCLASSIFIED entry
   * @return the model, never null
   * @throws IllegalArgumentException when the lengths differ or a pain value is not finite
   */
  public static ClassModel byClass(
      double[] nextDayPain,
      double[] pain,
      boolean[] flagged,
      boolean[] lowImpact,
      boolean[] other) {
    int n = checkPairs(nextDayPain, pain);
    checkLength("flagged", flagged, n);
    checkLength("lowImpact", lowImpact, n);
    checkLength("other", other, n);
    if (n == 0) {
      return new ClassModel(
          0,
          0,
          0,
          Optional.empty(),
          new AdjustedDifference.None(AdjustedDifference.Reason.FEW_PAIRS));
    }
    LeastSquares.Fitted fitted =
        LeastSquares.fit(
            nextDayPain, pain, new boolean[][] {flagged, lowImpact, other}, CLASS_TERMS);
    OlsFit fit = fitted.fit();
    int nF = fitted.counts()[0];
    int nL = fitted.counts()[1];
    AdjustedDifference.Reason reason = null;
    if (n < MIN_PAIRS) {
      reason = AdjustedDifference.Reason.FEW_PAIRS;
    } else if (nF < MIN_DAYS) {
      reason = AdjustedDifference.Reason.FEW_FLAGGED;
    } else if (nL < MIN_DAYS) {
      reason = AdjustedDifference.Reason.FEW_LOW_IMPACT;
    } else {
      reason = columnReason(fit, ClassModel.FLAGGED);
      if (reason == null) {
        reason = columnReason(fit, ClassModel.LOW_IMPACT);
      }
    }
    AdjustedDifference difference;
    if (reason != null) {
      difference = new AdjustedDifference.None(reason);
    } else {
      int f = ClassModel.FLAGGED;
      int l = ClassModel.LOW_IMPACT;
      double variance = fit.covariance(f, f) + fit.covariance(l, l) - 2 * fit.covariance(f, l);
      difference = difference(fit, fit.coefficient(f) - fit.coefficient(l), variance);
    }
    return new ClassModel(n, nF, nL, Optional.of(fit), difference);
  }

  /**
   * Returns the per-activity model: one indicator per name in {@code activities} done on at least
   * {@value #MIN_DAYS} of the pairs' days (in the order given: of two aliased names the later one
   * is {@link AdjustedDifference.Reason#ALIASED}), {@code O} for the days with any other activity
   * (the names done on fewer days), and {@code p}. Each name's difference is its coefficient: the
   * difference in next-day pain from a logged day with no activity at the same pain that day. The
   * model-wide rules of {@link #byClass} apply to every name ({@value #MIN_PAIRS} pairs, {@value
   * #MIN_DF} residual degrees of freedom), the rule of {@value #MIN_DAYS} days to each name. R:
   * {@code lm(y ~ walking + yoga + O + p)} with the names as 0/1 columns.
   *
   * @param nextDayPain {@code y}, pain on {@code d + 1}, finite
   * @param pain {@code p}, pain on {@code d}, finite
   * @param activities the distinct activity names done on any of the pairs' days (names matched as
   *     the catalog matches them, so that spellings and aliases of one activity are one name)
   * @param done {@code done[j][i]}: day {@code d} of pair {@code i} had activity {@code j}
   * @return the model, with one effect per name in the order given; never null
   * @throws IllegalArgumentException when the sizes differ, a name repeats or a pain value is not
   *     finite
   */
  public static ActivityModel byActivity(
      double[] nextDayPain, double[] pain, List<String> activities, boolean[][] done) {
    int n = checkPairs(nextDayPain, pain);
    if (done.length != activities.size()) {
      throw new IllegalArgumentException(
          activities.size() + " activities but " + done.length + " indicator columns");
    }
    if (new HashSet<>(activities).size() != activities.size()) {
      throw new IllegalArgumentException("activity names must be distinct, got " + activities);
    }
    int m = done.length;
    int[] days = new int[m];
    List<String> names = new ArrayList<>();
    List<boolean[]> columns = new ArrayList<>();
    boolean[] other = new boolean[n];
    int[] term = new int[m];
    for (int j = 0; j < m; j++) {
      checkLength(activities.get(j), done[j], n);
      days[j] = LeastSquares.count(done[j]);
      if (days[j] >= MIN_DAYS) {
        names.add(activities.get(j));
        columns.add(done[j]);
        term[j] = names.size(); // after the intercept
      } else {
        for (int i = 0; i < n; i++) {
          other[i] |= done[j][i];
        }
      }
    }
    names.add(OTHER);
    columns.add(other);
    names.add(0, LeastSquares.INTERCEPT);
    names.add(LeastSquares.PAIN);
    Optional<OlsFit> fit =
        n == 0
            ? Optional.empty()
            : Optional.of(
                LeastSquares.fit(nextDayPain, pain, columns.toArray(new boolean[0][]), names)
                    .fit());
    List<ActivityModel.Effect> effects = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      AdjustedDifference.Reason reason = null;
      if (n < MIN_PAIRS) {
        reason = AdjustedDifference.Reason.FEW_PAIRS;
      } else if (days[j] < MIN_DAYS) {
        reason = AdjustedDifference.Reason.FEW_ACTIVITY_DAYS;
      } else {
        reason = columnReason(fit.orElseThrow(), term[j]);
      }
      AdjustedDifference difference;
      if (reason != null) {
        difference = new AdjustedDifference.None(reason);
      } else {
        OlsFit f = fit.orElseThrow();
        difference = difference(f, f.coefficient(term[j]), f.covariance(term[j], term[j]));
      }
      effects.add(new ActivityModel.Effect(activities.get(j), days[j], difference));
    }
    return new ActivityModel(n, fit, effects);
  }

  /** Returns why column {@code term} cannot be compared, or null when it can. */
  private static AdjustedDifference.Reason columnReason(OlsFit fit, int term) {
    switch (fit.status().get(term)) {
      case CONSTANT:
        return AdjustedDifference.Reason.EVERY_DAY;
      case ALIASED:
        return AdjustedDifference.Reason.ALIASED;
      default:
        return fit.dfResidual() < MIN_DF ? AdjustedDifference.Reason.FEW_DEGREES_OF_FREEDOM : null;
    }
  }

  /** Returns the estimate, or none when its variance is 0 (an exact fit). */
  private static AdjustedDifference difference(OlsFit fit, double estimate, double variance) {
    if (!(variance > 0)) {
      return new AdjustedDifference.None(AdjustedDifference.Reason.NO_RESIDUAL_VARIATION);
    }
    return AdjustedDifference.Estimate.of(estimate, Math.sqrt(variance), fit.dfResidual());
  }

  private static int checkPairs(double[] nextDayPain, double[] pain) {
    if (nextDayPain.length != pain.length) {
      throw new IllegalArgumentException(
          "nextDayPain and pain must have the same length, got "
              + nextDayPain.length
              + " and "
              + pain.length);
    }
    Finite.check("nextDayPain", nextDayPain);
    Finite.check("pain", pain);
    return pain.length;
  }

  private static void checkLength(String name, boolean[] column, int n) {
    if (column.length != n) {
      throw new IllegalArgumentException(
          name + " has " + column.length + " values for " + n + " day pairs");
    }
  }
}
