package org.rehabprogress.sample;

import java.util.SplittableRandom;

/** Seed mixing and the few random draws the generator needs beyond {@link SplittableRandom}. */
final class Seeds {

  /** Salt of a patient's own stream. */
  static final long PATIENT = 1;

  /** Salt of the stream that places a patient's planted faults. */
  static final long FAULT_ROWS = 2;

  /** Salt of the archetype deck of a block of patients. */
  static final long DECK = 3;

  /** Salt of the choice of patients that carry faults. */
  static final long FAULT_PATIENTS = 4;

  /** Salt of the plan of a patient's SPEC 3c measures (leg pain, PEG, ODI, PGIC). */
  static final long OUTCOMES = 5;

  /** Salt of the daily values of those measures. */
  static final long OUTCOME_DAYS = 6;

  /** Salt of a patient's medications.csv rows. */
  static final long MEDICATIONS = 7;

  private Seeds() {}

  /** Returns a well-mixed 64-bit value of the three inputs (SplitMix64's finaliser, twice). */
  static long mix(long seed, long a, long b) {
    long z = finish(seed * 0x9E3779B97F4A7C15L + a);
    return finish(z + b * 0xC2B2AE3D27D4EB4FL);
  }

  /** Returns the stream of one salted purpose for one index. */
  static SplittableRandom stream(long seed, long index, long salt) {
    return new SplittableRandom(mix(seed, index, salt));
  }

  /**
   * Returns an approximately standard normal draw (a scaled sum of four uniforms). Plain arithmetic
   * rather than {@code nextGaussian}, whose algorithm the JDK does not fix, so that the same seed
   * gives the same bytes on every JDK; the tails end at about 3.5 sd, which suits diary noise.
   */
  static double normal(SplittableRandom random) {
    double sum =
        random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble();
    return (sum - 2.0) * 1.7320508075688772;
  }

  /** Returns true with the given probability. */
  static boolean chance(SplittableRandom random, double probability) {
    return random.nextDouble() < probability;
  }

  private static long finish(long value) {
    long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
