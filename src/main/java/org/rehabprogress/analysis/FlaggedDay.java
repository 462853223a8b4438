package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A day with at least one flagged activity, and the pain of the day after.
 *
 * @param date the day
 * @param activities the flagged activity names of the day as written (surrounding space removed),
 *     each once, in input order
 * @param nextDayPain the daily pain of the next day, NaN when it has none or is after the end
 */
public record FlaggedDay(LocalDate date, List<String> activities, double nextDayPain) {

  /** Checks for nulls and copies the list. */
  public FlaggedDay {
    Objects.requireNonNull(date, "date");
    activities = List.copyOf(activities);
  }
}
