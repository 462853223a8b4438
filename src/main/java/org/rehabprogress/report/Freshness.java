package org.rehabprogress.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Whether the input looks current for the report month (SPEC section 4): a month with no entry at
 * all, or an input whose newest entry lies more than 14 days before end(M), would otherwise show
 * every patient as lost to follow-up, so it is announced on the terminal and in a banner.
 *
 * @param newestEntry the newest symptom or activity entry of the whole input, or null for none
 * @param monthHasEntry whether any symptom or activity entry falls in the report month
 */
public record Freshness(LocalDate newestEntry, boolean monthHasEntry) {

  /** More days than this between the newest entry and end(M): the export looks stale. */
  public static final int STALE_DAYS = 14;

  /** Returns whether the export looks stale for a month ending on {@code end}. */
  public boolean stale(LocalDate end) {
    return !monthHasEntry
        || newestEntry == null
        || ChronoUnit.DAYS.between(newestEntry, end) > STALE_DAYS;
  }

  /**
   * Returns the announcement for a month, naming the newest entry's date, or null when the export
   * does not look stale.
   */
  public String announcement(YearMonth month) {
    LocalDate end = month.atEndOfMonth();
    if (!stale(end)) {
      return null;
    }
    String what =
        monthHasEntry
            ? "the newest entry is "
                + newestEntry
                + ", "
                + Figures.count(ChronoUnit.DAYS.between(newestEntry, end), "day", "days")
                + " before the end of "
                + Figures.month(month)
            : "no entry at all in "
                + Figures.month(month)
                + (newestEntry == null ? "" : "; the newest entry is " + newestEntry);
    return what
        + ": is the export current? Without newer entries every patient looks lost to follow-up.";
  }
}
