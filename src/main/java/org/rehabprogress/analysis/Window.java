package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of calendar days, both ends included.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record Window(LocalDate from, LocalDate to) {

  /** Checks that both days are present and in order. */
  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends " + to + " before it begins " + from);
    }
  }

  /** Returns whether the window includes a day. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
