package org.rehabprogress.cli;

import org.rehabprogress.privacy.DateRegime;
import org.rehabprogress.privacy.MinCell;
import picocli.CommandLine.Option;

/**
 * The options that decide what an anonymised export keeps, shared by {@code rehab anonymise} and
 * the Spark job so that both read them, and check them, the same way.
 */
public final class ExportRules {

  @Option(
      names = "--dates",
      paramLabel = "study|shift",
      defaultValue = "study",
      description =
          "study: each patient's start becomes 2000-01-01 (default); shift: each patient's dates"
              + " move 1-364 keyed days earlier (a limited data set, not Safe Harbor).")
  String dates;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      defaultValue = "" + MinCell.DEFAULT,
      description =
          "Keep a site (as a keyed code) or a sex value only where at least N patients share it"
              + " (default: ${DEFAULT-VALUE}).")
  int minCell;

  /**
   * Returns the date regime of --dates.
   *
   * @throws UsageException for a value other than study or shift
   */
  public DateRegime regime() {
    return switch (dates) {
      case "study" -> DateRegime.STUDY;
      case "shift" -> DateRegime.SHIFT;
      default ->
          throw new UsageException(
              "--dates \""
                  + dates
                  + "\" is not study or shift; use --dates study (the default) or shift");
    };
  }

  /**
   * Returns --min-cell.
   *
   * @throws UsageException when it is under 1
   */
  public int minCell() {
    if (minCell < 1) {
      throw new UsageException(
          "--min-cell " + minCell + " is not a number of patients; use 1 or more (default 11)");
    }
    return minCell;
  }
}
