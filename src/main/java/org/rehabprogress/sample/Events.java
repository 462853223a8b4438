package org.rehabprogress.sample;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws a patient's clinical events: physiotherapy, injections, medication changes, reviews. */
final class Events {

  private Events() {}

  /** Appends the patient's events to {@code table} in date order, no two alike. */
  static void add(PatientPlan plan, SplittableRandom random, PatientRows.Table table) {
    int span = plan.span();
    long[] keys = new long[8];
    int n = 0;
    if (Seeds.chance(random, 0.65)) {
      keys[n++] = key(random.nextInt(Math.min(11, span + 1)), Texts.PHYSIOTHERAPY);
    }
    if (plan.course().epiduralDay() >= 0) {
      keys[n++] = key(plan.course().epiduralDay(), Texts.EPIDURAL);
    }
    int medications = random.nextInt(3);
    for (int i = 0; i < medications; i++) {
      int text =
          Texts.FIRST_MEDICATION + random.nextInt(Texts.EVENTS.length - Texts.FIRST_MEDICATION);
      keys[n++] = key(random.nextInt(span + 1), text);
    }
    if (Seeds.chance(random, 0.25)) {
      keys[n++] = key(random.nextInt(span + 1), Texts.REVIEW);
    }
    if (Seeds.chance(random, 0.15)) {
      keys[n++] = key(random.nextInt(span + 1), Texts.HYDROTHERAPY);
    }
    if (Seeds.chance(random, 0.1)) {
      keys[n++] = key(random.nextInt(span + 1), Texts.BACK_TO_WORK);
    }
    int missed = plan.lastLogged() + 7 + random.nextInt(8);
    if (plan.archetype() == Archetype.LOST_TO_FOLLOW_UP && missed <= span) {
      keys[n++] = key(missed, Texts.DID_NOT_ATTEND);
    }
    long[] sorted = Arrays.copyOf(keys, n);
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        table.add((int) (sorted[i] >>> 8), (int) (sorted[i] & 0xFF));
      }
    }
  }

  private static long key(int day, int text) {
    return ((long) day << 8) | text;
  }
}
