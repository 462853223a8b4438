package org.rehabprogress.stats;

import java.util.SplittableRandom;

/**
 * Simulated pain diaries with the confounding of SPEC 3b: daily pain is autocorrelated (AR(1)
 * around the patient's own level) and the day's activity is chosen by that day's pain, flagged
 * activity more often on better days and low-impact activity more often on worse ones. Flagged
 * activity raises the next day's pain by a known true effect (varying a little between patients
 * around it); low-impact and other activity have no effect. Every day is logged, so the day pairs
 * are the consecutive days.
 *
 * <p>Test code rather than {@code sample}: it yields the day-pair arrays the models take, not the
 * canonical CSV rows that {@code rehab sample} writes, and the sample generator has its own pain
 * course ({@code sample.PatientSimulator}), where a pain-dependent choice belongs if the sample
 * data are to carry this confounding. Pure and seeded: the same seed gives the same diaries on
 * every JDK (no {@code nextGaussian}, whose algorithm the JDK does not fix; {@code StrictMath}).
 */
public final class ConfoundedDiaries {

  /** Day-to-day persistence of pain around the patient's level. */
  static final double AUTOCORRELATION = 0.6;

  /** The between-patient standard deviation of the flagged effect around the true one. */
  static final double EFFECT_SD = 0.2;

  /**
   * One patient's day pairs, as {@link NextDayModel#byClass} takes them.
   *
   * @param nextDayPain y
   * @param pain p
   * @param flagged F
   * @param lowImpact L
   * @param other O
   */
  public record Pairs(
      double[] nextDayPain,
      double[] pain,
      boolean[] flagged,
      boolean[] lowImpact,
      boolean[] other) {}

  private ConfoundedDiaries() {}

  /**
   * Returns one patient's day pairs over {@code days} logged days.
   *
   * @param random the patient's own stream
   * @param days the number of days, 2 or more
   * @param flaggedEffect the true mean effect of a flagged day on next-day pain, in points
   */
  public static Pairs patient(SplittableRandom random, int days, double flaggedEffect) {
    double level = 5 + normal(random);
    double effect = flaggedEffect + EFFECT_SD * normal(random);
    double[] pain = new double[days];
    boolean[] flagged = new boolean[days];
    boolean[] lowImpact = new boolean[days];
    boolean[] other = new boolean[days];
    double latent = level + normal(random);
    for (int d = 0; d < days; d++) {
      pain[d] = tenths(latent);
      double better = level - pain[d]; // positive on a better day than usual
      // The choice depends on the pain recorded that day: golf on good days, walking on bad ones.
      flagged[d] = random.nextDouble() < logistic(-1.2 + 1.6 * better);
      lowImpact[d] = random.nextDouble() < logistic(-0.6 - 1.0 * better);
      other[d] = random.nextDouble() < 0.15;
      latent =
          level
              + AUTOCORRELATION * (latent - level)
              + (flagged[d] ? effect : 0)
              + 0.8 * normal(random);
    }
    int n = days - 1;
    double[] y = new double[n];
    double[] p = new double[n];
    boolean[] f = new boolean[n];
    boolean[] l = new boolean[n];
    boolean[] o = new boolean[n];
    for (int i = 0; i < n; i++) {
      y[i] = pain[i + 1];
      p[i] = pain[i];
      f[i] = flagged[i];
      l[i] = lowImpact[i];
      o[i] = other[i];
    }
    return new Pairs(y, p, f, l, o);
  }

  /**
   * Returns the raw comparison of SPEC section 3: mean next-day pain after flagged days minus after
   * low-impact days (a day with both is a flagged day), or NaN when either has fewer than 3.
   */
  static double rawFlaggedMinusLowImpact(Pairs pairs) {
    double flaggedSum = 0;
    int flaggedDays = 0;
    double lowSum = 0;
    int lowDays = 0;
    for (int i = 0; i < pairs.pain().length; i++) {
      if (pairs.flagged()[i]) {
        flaggedSum += pairs.nextDayPain()[i];
        flaggedDays++;
      } else if (pairs.lowImpact()[i]) {
        lowSum += pairs.nextDayPain()[i];
        lowDays++;
      }
    }
    return flaggedDays < 3 || lowDays < 3
        ? Double.NaN
        : flaggedSum / flaggedDays - lowSum / lowDays;
  }

  /** Returns pain as a diary holds it: clamped to 0-10, to a tenth of a point. */
  private static double tenths(double value) {
    return Math.round(10 * Math.max(0, Math.min(10, value))) / 10.0;
  }

  private static double logistic(double x) {
    return 1 / (1 + StrictMath.exp(-x));
  }

  /** Returns a standard normal draw (Box-Muller, one of the pair). */
  static double normal(SplittableRandom random) {
    double u = 1 - random.nextDouble(); // in (0, 1], so the logarithm is finite
    double v = random.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
  }
}
