package org.rehabprogress.sample;

import java.util.SplittableRandom;

/**
 * Fills a day's first diary entry with the questionnaires the patient answers that day (SPEC 3c):
 * the PEG and the ODI weekly or fortnightly, the PGIC about monthly, each from the day's latent
 * pain.
 */
final class Questionnaires {

  private Questionnaires() {}

  /** Fills the PEG, ODI and PGIC cells of {@code row} when they fall on day offset {@code day}. */
  static void fill(PatientPlan plan, SplittableRandom random, int[] row, int day, double pain) {
    OutcomePlan o = plan.outcomes();
    if (o.pegEvery() > 0 && day % o.pegEvery() == o.pegOffset()) {
      // Three 0-10 items: pain intensity, interference with enjoyment of life and with general
      // activity (the last two run a little below pain); stored as their sum, written as sum / 3.
      int sum = 0;
      for (double weight : new double[] {1.0, 0.9, 0.95}) {
        sum +=
            (int) Math.round(PatientSimulator.clamp(weight * pain + Seeds.normal(random), 0, 10));
      }
      row[PatientRows.S_PEG] = sum;
    }
    if (o.odiEvery() > 0 && day % o.odiEvery() == o.odiOffset()) {
      // Ten items scored 0-5, doubled into a percent: always even.
      double odi = PatientSimulator.clamp(7.0 * pain + 6 + 5 * Seeds.normal(random), 0, 100);
      row[PatientRows.S_ODI] = 2 * (int) Math.round(odi / 2);
    }
    if (o.pgicEvery() > 0 && day >= o.pgicOffset() && (day - o.pgicOffset()) % o.pgicEvery() == 0) {
      row[PatientRows.S_PGIC] = pgic(plan, random, day);
    }
  }

  /**
   * Returns the patient's impression of change since the start: from the change of the pain that
   * matters most to them (leg pain when it dominates), now and then a step off, as real answers
   * are.
   */
  private static int pgic(PatientPlan plan, SplittableRandom random, int day) {
    Course course = plan.course();
    OutcomePlan o = plan.outcomes();
    boolean leg = o.legPain() && o.legStart() > course.painStart();
    double change =
        leg
            ? o.legTrend(course, day, plan.span()) - o.legStart()
            : course.trend(day, plan.span()) - course.painStart();
    int score = change <= -2.5 ? 2 : change <= -1.2 ? 3 : change < 1.2 ? 4 : change < 2.5 ? 5 : 6;
    if (change <= -3.5) {
      score = 1;
    }
    if (Seeds.chance(random, 0.25)) {
      score += random.nextBoolean() ? 1 : -1;
    }
    return Math.max(1, Math.min(7, score));
  }
}
