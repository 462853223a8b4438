package org.rehabprogress.cohort;

import java.time.LocalDate;
import java.util.List;
import org.rehabprogress.privacy.SmallCells;

/**
 * What a cohort run was asked for: the days that bound it, the small-cell threshold, whether
 * per-patient outputs are wanted and the columns to divide it by.
 *
 * @param from {@code --from}: patients whose start is before this day are left out; null for none
 * @param to {@code --to}: each patient's end is the last logged day on or before this day, and a
 *     patient starting after it is left out; null for the whole log
 * @param minCell {@code --min-cell}: the fewest patients a figure across patients may count or rest
 *     on, 1 or more
 * @param perPatient {@code --per-patient}: write per_patient.csv and draw the waterfall (one row or
 *     bar per patient); without it the outputs hold only figures across patients, so that the
 *     folder is safe to share as it stands (a per-patient table beside a suppressed count would
 *     undo the suppression; SPEC section 5)
 * @param by {@code --by}: the columns whose values divide the cohort into subgroups (SPEC section
 *     11), as {@link SubgroupColumns#names} reads them; empty for no subgroups
 */
public record CohortParameters(
    LocalDate from, LocalDate to, int minCell, boolean perPatient, List<String> by) {

  /** Checks that the days are in order, the threshold positive and the columns usable. */
  public CohortParameters {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    new SmallCells(minCell); // checks the threshold
    by = SubgroupColumns.names(by);
  }

  /** Returns the parameters without subgroups. */
  public CohortParameters(LocalDate from, LocalDate to, int minCell, boolean perPatient) {
    this(from, to, minCell, perPatient, List.of());
  }

  /** Returns the parameters without per-patient outputs or subgroups. */
  public CohortParameters(LocalDate from, LocalDate to, int minCell) {
    this(from, to, minCell, false);
  }

  /** Returns the whole log, no bounds, at the default threshold, figures across patients only. */
  public static CohortParameters wholeLog() {
    return new CohortParameters(null, null, SmallCells.DEFAULT_MIN_CELL, false);
  }

  /** Returns the small-cell rules at this threshold. */
  public SmallCells smallCells() {
    return new SmallCells(minCell);
  }
}
