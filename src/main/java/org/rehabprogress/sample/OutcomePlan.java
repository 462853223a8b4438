package org.rehabprogress.sample;

import java.util.SplittableRandom;

/**
 * Which FBSS outcome measures (SPEC 3c) a synthetic patient records, and how leg pain runs. Drawn
 * from a stream of its own, so that adding these measures left every earlier value of the sample as
 * it was.
 *
 * @param legPain whether the diary rates leg pain (radicular pain) beside back pain
 * @param legStart the leg pain level at the start of treatment, 0-10
 * @param legEnd the level the leg pain trend reaches on the last day, 0-10
 * @param pegEvery days between PEG questionnaires (7 or 14), or 0 for none
 * @param pegOffset the day offset, modulo {@code pegEvery}, the PEG falls on
 * @param odiEvery days between ODI questionnaires (7 or 14), or 0 for none
 * @param odiOffset the day offset, modulo {@code odiEvery}, the ODI falls on
 * @param pgicEvery days between PGIC questions (about monthly), or 0 for none
 * @param pgicOffset the first day the PGIC is asked, 28 or later
 */
record OutcomePlan(
    boolean legPain,
    double legStart,
    double legEnd,
    int pegEvery,
    int pegOffset,
    int odiEvery,
    int odiOffset,
    int pgicEvery,
    int pgicOffset) {

  /**
   * Returns the leg pain trend level on day offset {@code day}: from {@code legStart} to {@code
   * legEnd} with the shape of the back pain course (early for improving patients).
   */
  double legTrend(Course course, int day, int span) {
    double u = span == 0 ? 1.0 : (double) day / span;
    double shape = course.early() ? 1.0 - (1.0 - u) * (1.0 - u) : u;
    return legStart + (legEnd - legStart) * shape;
  }

  /** Draws the plan of a patient with a back pain course. */
  static OutcomePlan draw(SplittableRandom random, Archetype archetype, Course course) {
    // Most FBSS patients have some radicular pain; in a third of those who rate it, it dominates.
    boolean leg = Seeds.chance(random, 0.6);
    boolean dominant = Seeds.chance(random, 0.4);
    double legStart =
        PatientSimulator.clamp(
            dominant
                ? course.painStart() + random.nextDouble(0.5, 2.0)
                : course.painStart() - random.nextDouble(1.0, 3.0),
            1,
            10);
    double backChange = course.painEnd() - course.painStart();
    // Leg pain follows back pain loosely; for some leg-dominant improvers it halves (the PROCESS
    // responder), and for some patients whose back pain stays it eases on its own, so that leg
    // pain's verdict and pain's differ.
    double legChange;
    if (dominant && archetype == Archetype.IMPROVING && Seeds.chance(random, 0.6)) {
      legChange = -legStart * random.nextDouble(0.5, 0.7);
    } else if ((archetype == Archetype.UNCHANGED || archetype == Archetype.PERSISTENT_PAIN)
        && Seeds.chance(random, 0.4)) {
      legChange = -legStart * random.nextDouble(0.35, 0.6);
    } else {
      legChange = backChange * random.nextDouble(0.3, 1.3) + random.nextDouble(-0.8, 0.8);
    }
    double legEnd = PatientSimulator.clamp(legStart + legChange, 0, 10);
    int pegEvery = Seeds.chance(random, 0.45) ? (Seeds.chance(random, 0.7) ? 7 : 14) : 0;
    int odiEvery = Seeds.chance(random, 0.5) ? (Seeds.chance(random, 0.6) ? 7 : 14) : 0;
    int pgicEvery = Seeds.chance(random, 0.45) ? 28 + random.nextInt(4) : 0;
    return new OutcomePlan(
        leg,
        legStart,
        legEnd,
        pegEvery,
        pegEvery == 0 ? 0 : random.nextInt(pegEvery),
        odiEvery,
        odiEvery == 0 ? 0 : random.nextInt(odiEvery),
        pgicEvery,
        28 + random.nextInt(7));
  }
}
