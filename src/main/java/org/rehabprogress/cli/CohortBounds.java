package org.rehabprogress.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.SubgroupColumns;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.report.CohortCsv;
import picocli.CommandLine.Option;

/**
 * The options that bound a cohort and its small cells, shared by {@code rehab cohort} and the Spark
 * job so that both read them, and check them, the same way.
 */
public final class CohortBounds {

  @Option(
      names = "--from",
      paramLabel = "yyyy-MM-dd",
      description = "Leave out patients whose start is before this day.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "yyyy-MM-dd",
      description =
          "End each patient at the last logged day on or before this day; leave out patients"
              + " starting after it.")
  LocalDate to;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      defaultValue = "" + SmallCells.DEFAULT_MIN_CELL,
      description =
          "Suppress any figure counting or computed from fewer than N patients (default:"
              + " ${DEFAULT-VALUE}).")
  int minCell;

  @Option(
      names = "--per-patient",
      description =
          "Also write per_patient.csv (one row per patient) and draw the waterfall of each"
              + " patient's pain change; without it the folder holds only figures across"
              + " patients, safe to share as it stands.")
  boolean perPatient;

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "COLUMN",
      description =
          "Also write subgroups.csv: responders and the pooled adjusted effect in each subgroup"
              + " of these columns of patients.csv"
              + " (matched case-insensitively; age_band and years_since_surgery_band are derived"
              + " from birth_year and surgery_date), small cells suppressed.")
  List<String> by = new ArrayList<>();

  /**
   * Returns the bounds as parameters.
   *
   * @throws UsageException when --min-cell is under 1, --from is after --to or --by names a column
   *     that cannot divide a cohort
   */
  public CohortParameters parameters() {
    if (minCell < 1) {
      throw new UsageException("--min-cell must be 1 or more, got " + minCell);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new UsageException("--from " + from + " is after --to " + to);
    }
    List<String> columns;
    try {
      columns = SubgroupColumns.names(by);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    for (String c : columns) {
      if (CohortCsv.SUBGROUPS_FIGURES.contains(c)) {
        throw new UsageException(
            "--by " + c + ": subgroups.csv has a figure column of that name; rename the column");
      }
    }
    return new CohortParameters(from, to, minCell, perPatient, columns);
  }
}
