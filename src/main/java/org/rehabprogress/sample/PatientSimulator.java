package org.rehabprogress.sample;

import static org.rehabprogress.sample.PatientRows.WORDS;

import java.util.SplittableRandom;
import org.rehabprogress.catalog.ActivityClass;

/**
 * Simulates one patient's days: a latent pain level (trend, day-to-day noise, flare-ups, and the
 * effect of the previous day's activity), the activities done, and the diary and tracker entries
 * that record them.
 */
final class PatientSimulator {

  private static final int FLAGGED = 2;
  private static final int LOW_IMPACT = 1;
  private static final int OTHER = 0;

  private final PatientPlan plan;
  private final SplittableRandom random;
  private final SplittableRandom extra;
  private final PatientRows rows = new PatientRows();
  private final int[] chosen = new int[12];
  private double noise;
  private double anxietyNoise;
  private double flare;
  private int gapLeft;

  private PatientSimulator(PatientPlan plan, SplittableRandom random, SplittableRandom extra) {
    this.plan = plan;
    this.random = random;
    this.extra = extra;
  }

  /**
   * Returns the rows of the planned patient, drawing from {@code random}; the SPEC 3c measures draw
   * from {@code extra} and the medications from {@code medications}, streams of their own.
   */
  static PatientRows simulate(
      PatientPlan plan,
      SplittableRandom random,
      SplittableRandom extra,
      SplittableRandom medications) {
    PatientSimulator simulator = new PatientSimulator(plan, random, extra);
    simulator.run();
    Events.add(plan, random, simulator.rows.events);
    Prescriptions.add(plan, medications, simulator.rows.medications);
    return simulator.rows;
  }

  private void run() {
    Course course = plan.course();
    int yesterday = -1;
    for (int day = 0; day <= plan.span(); day++) {
      noise = 0.5 * noise + 0.55 * Seeds.normal(random);
      anxietyNoise = 0.6 * anxietyNoise + 0.5 * Seeds.normal(random);
      flare *= 0.6;
      if (Seeds.chance(random, 1.0 / 60)) {
        flare += random.nextDouble(1.5, 3.0);
      }
      double effect =
          yesterday == FLAGGED
              ? course.flaggedEffect()
              : yesterday == LOW_IMPACT ? -course.lowImpactEffect() : 0.0;
      double pain = clamp(course.trend(day, plan.span()) + noise + flare + effect, 0, 10);
      double anxiety =
          clamp(course.anxietyStart() + 0.45 * (pain - course.painStart()) + anxietyNoise, 0, 10);
      boolean logging = day <= plan.lastLogged();
      boolean inGap = logging && plan.habits().sparse() && gap(day);
      boolean tracked = logging && !inGap && Seeds.chance(random, plan.habits().trackerRate());
      yesterday = activities(day, pain, tracked);
      if (logging && !inGap && Seeds.chance(random, plan.habits().diaryRate())) {
        Diary.entries(plan, random, extra, rows.symptoms, day, pain, anxiety);
      }
    }
  }

  /** Advances a sparse logger's gaps; returns whether {@code day} falls in a gap. */
  private boolean gap(int day) {
    if (gapLeft > 0) {
      gapLeft--;
      return true;
    }
    // The first week is always logged: a patient starts keen.
    if (day >= 7 && Seeds.chance(random, 0.085)) {
      gapLeft = 6 + random.nextInt(10);
      return true;
    }
    return false;
  }

  /** Draws the day's activities, records them when tracked, and returns the day's exposure. */
  private int activities(int day, double pain, boolean tracked) {
    Habits habits = plan.habits();
    // Patients choose by how they feel: on bad days more rest and fewer flagged activities.
    boolean bad = pain > 7.0;
    if (Seeds.chance(random, habits.restRate() + (bad ? 0.15 : 0.0))) {
      return -1;
    }
    int count = 1;
    double more = (habits.activeEntries() - 1.0) / 4.0;
    for (int i = 0; i < 4; i++) {
      count += Seeds.chance(random, more) ? 1 : 0;
    }
    ActivityProfile profile = plan.profile();
    int n = profile.choose(random, count, bad ? 0.5 : 1.0, chosen);
    int exposure = OTHER;
    for (int i = 0; i < n; i++) {
      int slot = chosen[i];
      ActivityKind kind = ActivityMenu.KINDS.get(profile.kind(slot));
      if (kind.activityClass() == ActivityClass.FLAGGED) {
        exposure = FLAGGED;
      } else if (kind.activityClass() == ActivityClass.LOW_IMPACT && exposure == OTHER) {
        exposure = LOW_IMPACT;
      }
      if (tracked) {
        record(day, slot, kind);
      }
    }
    return exposure;
  }

  private void record(int day, int slot, ActivityKind kind) {
    Habits habits = plan.habits();
    int spelling = plan.profile().spelling(slot, random);
    int minutes = kind.minMinutes() + random.nextInt(kind.maxMinutes() - kind.minMinutes() + 1);
    if (!habits.exactMinutes()) {
      minutes = Math.max(5, (minutes + 2) / 5 * 5);
    }
    if (Seeds.chance(random, 0.004)) {
      minutes = -1; // the source did not know the length
    }
    int effort = kind.effort();
    if (Seeds.chance(random, 0.2)) {
      effort = Math.max(0, Math.min(2, effort + (random.nextBoolean() ? 1 : -1)));
    }
    int intensity = -1;
    if (habits.intensityStyle() == 1 && Seeds.chance(random, 0.9)) {
      intensity = WORDS + effort;
    } else if (habits.intensityStyle() == 2 && Seeds.chance(random, 0.9)) {
      intensity = 2 + 2 * effort + random.nextInt(3);
    }
    int note = Seeds.chance(random, 0.015) ? random.nextInt(Texts.ACTIVITY_NOTES.length) : -1;
    rows.activities.add(day, plan.profile().kind(slot), spelling, minutes, intensity, note, 0);
  }

  static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
