package org.rehabprogress.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything fixed about one synthetic patient before the days are simulated.
 *
 * @param index the zero-based patient index
 * @param id the patient id
 * @param archetype the course the patient follows
 * @param start the day treatment began, the first simulated day
 * @param span the days from {@code start} to the last day of the data
 * @param lastLogged the day offset after which nothing is logged ({@code span} unless lost)
 * @param course the pain and anxiety course
 * @param habits how the patient logs
 * @param profile the activities the patient does
 * @param site the clinic site
 * @param birthYear the year of birth
 * @param sex F or M
 * @param surgery the day of the back surgery, or null for chronic low back pain without surgery
 * @param outcomes the SPEC 3c measures the patient records
 */
record PatientPlan(
    int index,
    String id,
    Archetype archetype,
    LocalDate start,
    int span,
    int lastLogged,
    Course course,
    Habits habits,
    ActivityProfile profile,
    String site,
    int birthYear,
    String sex,
    LocalDate surgery,
    OutcomePlan outcomes) {

  /** Checks the ranges. */
  PatientPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(outcomes, "outcomes");
    if (span < 0 || lastLogged < 0 || lastLogged > span) {
      throw new IllegalArgumentException("bad span " + span + " or last day " + lastLogged);
    }
  }
}
