package org.rehabprogress.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Draws a patient's plan from the patient's own random stream. */
final class Planner {

  private static final String[] SITES = {
    "Northgate Spine Clinic",
    "Riverside Pain Service",
    "St Anne's Rehabilitation",
    "Sankt Görans Rehab"
  };
  private static final double[] SITE_SHARES = {0.35, 0.3, 0.2, 0.15};

  /** Days of treatment before the persistent-pain flag applies (26 weeks), plus the stagger. */
  private static final int PERSISTENT_DAYS = 26 * 7 + 28;

  private Planner() {}

  /** Returns the plan of patient {@code index}, drawing from {@code random}. */
  static PatientPlan plan(SampleConfig config, int index, SplittableRandom random) {
    Archetype archetype = Archetype.of(config.seed(), index);
    LocalDate end = config.end();
    int stagger = random.nextInt(Math.min(28, config.days() / 4));
    int span =
        switch (archetype) {
          // Under 27 days the report's windows would overlap: INSUFFICIENT_DATA (SPEC section 3).
          case LATE_STARTER -> 5 + random.nextInt(22);
          case PERSISTENT_PAIN -> Math.max(config.days(), PERSISTENT_DAYS) - 1 - stagger;
          default -> config.days() - 1 - stagger;
        };
    int lastLogged = span;
    if (archetype == Archetype.LOST_TO_FOLLOW_UP) {
      lastLogged = Math.max(0, span - 21 - random.nextInt(25));
    }
    LocalDate start = end.minusDays(span);
    Course course = course(archetype, span, random);
    return new PatientPlan(
        index,
        config.patientId(index),
        archetype,
        start,
        span,
        lastLogged,
        course,
        habits(archetype, random),
        ActivityProfile.draw(random),
        SITES[pick(random, SITE_SHARES)],
        1940 + (random.nextInt(61) + random.nextInt(61)) / 2,
        Seeds.chance(random, 0.55) ? "F" : "M",
        Seeds.chance(random, 0.8) ? start.minusDays(120 + random.nextInt(3000)) : null,
        // A stream of its own: the measures added later leave the patient's other draws as they
        // were.
        OutcomePlan.draw(Seeds.stream(config.seed(), index, Seeds.OUTCOMES), archetype, course));
  }

  private static Course course(Archetype archetype, int span, SplittableRandom random) {
    // The level at the start and the change over the course, in points on the 0-10 scale.
    double[] range =
        switch (archetype) {
          case IMPROVING -> new double[] {5.5, 8.0, -4.0, -2.5};
          case WORSENING -> new double[] {3.0, 5.0, 2.8, 3.8};
          case SPARSE -> new double[] {4.5, 7.5, -1.5, 0.5};
          case LOST_TO_FOLLOW_UP -> new double[] {5.0, 8.0, -0.5, 1.0};
          case PERSISTENT_PAIN -> new double[] {6.3, 8.0, -0.5, 0.5};
          default -> new double[] {4.5, 7.5, -0.5, 0.5};
        };
    double from = random.nextDouble(range[0], range[1]);
    double change = random.nextDouble(range[2], range[3]);
    boolean epidural = span >= 90 && Seeds.chance(random, 0.2);
    return new Course(
        from,
        from + change,
        archetype == Archetype.IMPROVING,
        random.nextDouble(0.7, 1.7),
        random.nextDouble(0.1, 0.5),
        random.nextDouble(1.5, 6.0),
        epidural ? 28 + random.nextInt(span - 72) : -1,
        random.nextDouble(0.8, 1.6));
  }

  private static Habits habits(Archetype archetype, SplittableRandom random) {
    boolean sparse = archetype == Archetype.SPARSE;
    double gad7 = random.nextDouble();
    int gad7Every = gad7 < 0.65 ? 7 : gad7 < 0.85 ? 14 : 0;
    return new Habits(
        sparse,
        sparse ? 0.75 : random.nextDouble(0.82, 0.97),
        sparse ? 0.8 : random.nextDouble(0.9, 0.99),
        random.nextDouble(0.15, 0.45),
        gad7Every,
        gad7Every == 0 ? 0 : random.nextInt(gad7Every),
        Seeds.chance(random, 0.9),
        pick(random, new double[] {0.45, 0.35, 0.2}),
        Seeds.chance(random, 0.5),
        random.nextDouble(0.05, 0.2),
        random.nextDouble(2.4, 4.0));
  }

  private static int pick(SplittableRandom random, double[] shares) {
    double u = random.nextDouble();
    for (int i = 0; i < shares.length - 1; i++) {
      u -= shares[i];
      if (u < 0) {
        return i;
      }
    }
    return shares.length - 1;
  }
}
