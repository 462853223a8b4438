package org.rehabprogress.sample;

import java.util.SplittableRandom;

/**
 * The course a synthetic patient follows. Every block of 20 consecutive patients holds each
 * archetype in its share (in an order shuffled per block), so that even a small sample shows every
 * kind of patient the monthly report distinguishes.
 */
public enum Archetype {
  /** Pain falls by 2.5-4 points over the months, most of it early. */
  IMPROVING(6),
  /** Pain stays within about half a point of where it began. */
  UNCHANGED(4),
  /** Pain rises by 2.8-3.8 points. */
  WORSENING(2),
  /** Logs on about 30-50% of days, with gaps of a week or more. */
  SPARSE(2),
  /** Treatment began 5-26 days before the last day, too early to compare windows. */
  LATE_STARTER(2),
  /** Stops logging 21-45 days before the last day. */
  LOST_TO_FOLLOW_UP(1),
  /** Treated 26 weeks or more with pain staying at 5.5 or above. */
  PERSISTENT_PAIN(3);

  /** The number of patients in a block, the sum of the shares. */
  static final int BLOCK = 20;

  private final int share;

  Archetype(int share) {
    this.share = share;
  }

  /** Returns how many patients of every 20 follow this course. */
  public int share() {
    return share;
  }

  /** Returns the archetype of the patient with the given zero-based index. */
  static Archetype of(long seed, int index) {
    Archetype[] deck = new Archetype[BLOCK];
    int next = 0;
    for (Archetype archetype : values()) {
      for (int i = 0; i < archetype.share; i++) {
        deck[next++] = archetype;
      }
    }
    SplittableRandom random = Seeds.stream(seed, index / BLOCK, Seeds.DECK);
    for (int i = BLOCK - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Archetype swap = deck[i];
      deck[i] = deck[j];
      deck[j] = swap;
    }
    return deck[index % BLOCK];
  }
}
