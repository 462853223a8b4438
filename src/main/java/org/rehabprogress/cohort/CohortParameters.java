package org.rehabprogress.cohort;

import java.time.LocalDate;
import org.rehabprogress.privacy.SmallCells;

/**
 * What a cohort run was asked for: the days that bound it and the small-cell threshold.
 *
 * @param from {@code --from}: patients whose start is before this day are left out; null for none
 * @param to {@code --to}: each patient's end is the last logged day on or before this day, and a
 *     patient starting after it is left out; null for the whole log
 * @param minCell {@code --min-cell}: the fewest patients a figure across patients may count or rest
 *     on, 1 or more
 */
public record CohortParameters(LocalDate from, LocalDate to, int minCell) {

  /** Checks that the days are in order and the threshold positive. */
  public CohortParameters {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    new SmallCells(minCell); // checks the threshold
  }

  /** Returns the whole log, no bounds, at the default threshold. */
  public static CohortParameters wholeLog() {
    return new CohortParameters(null, null, SmallCells.DEFAULT_MIN_CELL);
  }

  /** Returns the small-cell rules at this threshold. */
  public SmallCells smallCells() {
    return new SmallCells(minCell);
  }
}
