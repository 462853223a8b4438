package org.rehabprogress.privacy;

import java.time.LocalDate;

/**
 * Study dates (SPEC section 6): each patient's start maps to 2000-01-01 and every date keeps its
 * distance from start, so intervals survive and calendar dates do not.
 */
public final class StudyDates {

  /** The day every patient's start becomes. */
  public static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private StudyDates() {}

  /** Returns the number of days to add to each of a patient's epoch days, given the start's. */
  public static int offset(int startEpochDay) {
    return Math.toIntExact(EPOCH.toEpochDay() - startEpochDay);
  }

  /** Returns the study date of a date, given the patient's start. */
  public static LocalDate of(LocalDate date, LocalDate start) {
    return date.plusDays(offset(Math.toIntExact(start.toEpochDay())));
  }
}
