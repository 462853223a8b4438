package org.rehabprogress.sample;

import static org.rehabprogress.sample.PatientRows.S_FAULT;

import java.util.SplittableRandom;

/** Writes a logged day's diary entries: one, sometimes two or three, around the day's levels. */
final class Diary {

  private Diary() {}

  /**
   * Appends the diary entries of day offset {@code day} with latent pain and anxiety levels; the
   * SPEC 3c measures draw from {@code extra}, a stream of their own.
   */
  static void entries(
      PatientPlan plan,
      SplittableRandom random,
      SplittableRandom extra,
      PatientRows.Table table,
      int day,
      double pain,
      double anxiety) {
    Habits habits = plan.habits();
    int count = 1;
    if (Seeds.chance(random, habits.secondEntry())) {
      count += Seeds.chance(random, 0.25) ? 2 : 1;
    }
    int first = table.size();
    int[] row = new int[PatientRows.S_WIDTH];
    OutcomePlan outcomes = plan.outcomes();
    // Leg pain moves with the day's back pain around its own trend.
    double leg =
        outcomes.legTrend(plan.course(), day, plan.span())
            + 0.8 * (pain - plan.course().trend(day, plan.span()));
    for (int e = 0; e < count; e++) {
      row[PatientRows.S_DAY] = day;
      // Later entries of a day (an evening entry after a morning one) stray further from the mean.
      row[PatientRows.S_PAIN] = halves(pain + (e == 0 ? 0.3 : 0.8) * Seeds.normal(random), random);
      row[PatientRows.S_ANXIETY] = halves(anxiety + 0.5 * Seeds.normal(random), random);
      row[PatientRows.S_GAD7] = -1;
      row[PatientRows.S_SLEEP] = -1;
      row[PatientRows.S_QUALITY] = -1;
      row[PatientRows.S_LEG] =
          outcomes.legPain() ? halves(leg + 0.4 * Seeds.normal(extra), extra) : -1;
      row[PatientRows.S_PEG] = -1;
      row[PatientRows.S_ODI] = -1;
      row[PatientRows.S_PGIC] = -1;
      if (e == 0) {
        morning(plan, random, row, day, pain, anxiety);
        Questionnaires.fill(plan, extra, row, day, pain);
      }
      row[PatientRows.S_NOTE] =
          Seeds.chance(random, 0.03) ? random.nextInt(Texts.SYMPTOM_NOTES.length) : -1;
      row[S_FAULT] = 0;
      // Two entries of one day never share every cell: only a planted fault is an exact duplicate.
      int drawn = row[PatientRows.S_PAIN];
      for (int k = 1; repeats(table, first, row); k++) {
        // Half a point up, then down, then further out: the nearest rating not used yet today.
        int nudged = drawn + (k % 2 == 1 ? (k + 1) / 2 : -k / 2);
        row[PatientRows.S_PAIN] = nudged >= 0 && nudged <= 20 ? nudged : drawn;
      }
      table.add(row);
    }
  }

  /** Fills the once-a-day cells: the weekly GAD-7 and last night's sleep. */
  private static void morning(
      PatientPlan plan, SplittableRandom random, int[] row, int day, double pain, double anxiety) {
    Habits habits = plan.habits();
    if (habits.gad7Every() > 0 && day % habits.gad7Every() == habits.gad7Offset()) {
      row[PatientRows.S_GAD7] =
          (int)
              Math.round(PatientSimulator.clamp(1.6 * anxiety + 1.5 * Seeds.normal(random), 0, 21));
    }
    if (Seeds.chance(random, 0.97)) {
      // Worse pain, shorter and poorer sleep.
      double hours = 7.4 - 0.35 * (pain - 5.0) + 0.6 * Seeds.normal(random);
      row[PatientRows.S_SLEEP] = (int) Math.round(10 * PatientSimulator.clamp(hours, 4.5, 8.5));
      if (habits.sleepQuality()) {
        double quality = 7.5 - 0.7 * (pain - 5.0) + Seeds.normal(random);
        row[PatientRows.S_QUALITY] = (int) Math.round(PatientSimulator.clamp(quality, 0, 10));
      }
    }
  }

  /** Returns a 0-10 rating in halves of a point: mostly a whole number, sometimes a half. */
  private static int halves(double value, SplittableRandom random) {
    double clamped = PatientSimulator.clamp(value, 0, 10);
    return Seeds.chance(random, 0.15)
        ? (int) Math.round(2 * clamped)
        : 2 * (int) Math.round(clamped);
  }

  private static boolean repeats(PatientRows.Table table, int first, int[] row) {
    for (int r = first; r < table.size(); r++) {
      boolean same = true;
      for (int c = 0; c < S_FAULT && same; c++) {
        same = table.get(r, c) == row[c];
      }
      if (same) {
        return true;
      }
    }
    return false;
  }
}
