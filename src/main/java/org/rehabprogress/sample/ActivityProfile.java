package org.rehabprogress.sample;

import java.util.SplittableRandom;
import org.rehabprogress.catalog.ActivityClass;

/**
 * The activities one patient does, how often, and how the patient's export spells each. Arrays are
 * owned by the profile and never exposed.
 */
final class ActivityProfile {

  private static final int[] LOW = ActivityMenu.indexesOf(ActivityClass.LOW_IMPACT);
  private static final int[] NEUTRAL = ActivityMenu.indexesOf(ActivityClass.NEUTRAL);
  private static final int[] FLAGGED = ActivityMenu.indexesOf(ActivityClass.FLAGGED);
  private static final int[] UNKNOWN = ActivityMenu.indexesOf(ActivityClass.UNCLASSIFIED);

  private final int[] kinds = new int[12];
  private final double[] weights = new double[12];
  private final boolean[] flagged = new boolean[12];
  private final int[] spelling = new int[12];
  private int size;

  private ActivityProfile() {}

  /**
   * Draws a profile: walking for most, a few other low-impact and neutral activities, often one or
   * two flagged ones.
   */
  static ActivityProfile draw(SplittableRandom random) {
    ActivityProfile profile = new ActivityProfile();
    if (Seeds.chance(random, 0.75)) {
      profile.add(random, LOW[0], 0.25);
    }
    profile.pick(random, LOW, 1 + random.nextInt(3), 0.35);
    profile.pick(random, NEUTRAL, 1 + random.nextInt(2), 0.3);
    if (Seeds.chance(random, 0.9)) {
      profile.pick(random, FLAGGED, 1 + random.nextInt(2), random.nextDouble(0.1, 0.25));
    }
    if (Seeds.chance(random, 0.08)) {
      profile.pick(random, UNKNOWN, 1, 0.04);
    }
    return profile;
  }

  /** Returns the number of activities in the profile. */
  int size() {
    return size;
  }

  /** Returns the menu index of slot {@code slot}. */
  int kind(int slot) {
    return kinds[slot];
  }

  /**
   * Returns the index of the spelling the patient's export uses for slot {@code slot}, now and then
   * another (a phone app beside the watch spells the same activity otherwise).
   */
  int spelling(int slot, SplittableRandom random) {
    int n = ActivityMenu.KINDS.get(kinds[slot]).spellings().size();
    return n > 1 && Seeds.chance(random, 0.08) ? random.nextInt(n) : spelling[slot];
  }

  /**
   * Fills {@code chosen} with {@code count} distinct slots drawn by weight, flagged ones at {@code
   * flaggedFactor} of their weight, and returns how many were drawn (at most the profile's size).
   */
  int choose(SplittableRandom random, int count, double flaggedFactor, int[] chosen) {
    int n = Math.min(count, size);
    long taken = 0;
    for (int c = 0; c < n; c++) {
      double total = 0;
      for (int i = 0; i < size; i++) {
        total += (taken & (1L << i)) != 0 ? 0 : weight(i, flaggedFactor);
      }
      double target = random.nextDouble() * total;
      int pick = -1;
      for (int i = 0; i < size; i++) {
        if ((taken & (1L << i)) == 0) {
          pick = i;
          target -= weight(i, flaggedFactor);
          if (target < 0) {
            break;
          }
        }
      }
      taken |= 1L << pick;
      chosen[c] = pick;
    }
    return n;
  }

  private double weight(int slot, double flaggedFactor) {
    return flagged[slot] ? weights[slot] * flaggedFactor : weights[slot];
  }

  private void pick(SplittableRandom random, int[] from, int count, double share) {
    for (int c = 0; c < count; c++) {
      int kind = from[random.nextInt(from.length)];
      if (!contains(kind)) {
        add(random, kind, share / count * random.nextDouble(0.5, 1.5));
      }
    }
  }

  private boolean contains(int kind) {
    for (int i = 0; i < size; i++) {
      if (kinds[i] == kind) {
        return true;
      }
    }
    return false;
  }

  private void add(SplittableRandom random, int kind, double weight) {
    ActivityKind activity = ActivityMenu.KINDS.get(kind);
    kinds[size] = kind;
    weights[size] = weight;
    flagged[size] = activity.activityClass() == ActivityClass.FLAGGED;
    int n = activity.spellings().size();
    spelling[size] = n == 1 || Seeds.chance(random, 0.6) ? 0 : random.nextInt(n);
    size++;
  }
}
