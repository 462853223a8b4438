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
 * @param panel {@code --panel}: keep each patient's day pairs (SPEC 3b) for day_pairs.csv; only
 *     with {@code perPatient}, since the panel has one row per day pair (SPEC section 11). Without
 *     it the pairs are dropped with each patient's analysis, so that memory does not hold them
 */
public record CohortParameters(
    LocalDate from, LocalDate to, int minCell, boolean perPatient, List<String> by, boolean panel) {

  /**
   * Checks that the days are in order, the threshold positive, the columns usable and the panel
   * asked for only with per-patient outputs.
   */
  public CohortParameters {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    new SmallCells(minCell); // checks the threshold
    by = SubgroupColumns.names(by);
    if (panel && !perPatient) {
      throw new IllegalArgumentException(PANEL_NEEDS_PER_PATIENT);
    }
  }

  /** What a panel without per-patient outputs is told. */
  public static final String PANEL_NEEDS_PER_PATIENT =
      "--panel needs --per-patient: day_pairs.csv has one row per day pair of each patient, so it"
          + " belongs with per_patient.csv in a folder that is not shared as it stands";

  /** Returns the parameters without the panel. */
  public CohortParameters(
      LocalDate from, LocalDate to, int minCell, boolean perPatient, List<String> by) {
    this(from, to, minCell, perPatient, by, false);
  }

  /** Returns the same parameters with the panel asked for or not. */
  public CohortParameters withPanel(boolean panel) {
    return new CohortParameters(from, to, minCell, perPatient, by, panel);
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
