package org.rehabprogress.report;

import java.util.List;

/**
 * What index.html shows, every text ready to print (the template escapes it).
 *
 * @param title the page title
 * @param period the month's first and last day
 * @param staleExport the stale-export banner, or null when the input looks current
 * @param tallies patients per status and per flag, for the header
 * @param covered how many patients the report covers, and how many it leaves out
 * @param previousMonth the month before, {@code September 2026}
 * @param showSite whether the patients come from more than one site (a site column)
 * @param order how the rows are ordered within each group
 * @param otherOrderHref the link to the same overview in the other order
 * @param otherOrder that other order, in words
 * @param groups the patients in their groups, worst group first, each group in id order
 * @param quality the data-quality panel
 * @param footer the footer
 */
public record IndexView(
    String title,
    String period,
    String staleExport,
    List<Tally> tallies,
    String covered,
    String previousMonth,
    boolean showSite,
    String order,
    String otherOrderHref,
    String otherOrder,
    List<Group> groups,
    QualityView quality,
    FooterView footer) {

  /** Copies the lists. */
  public IndexView {
    tallies = List.copyOf(tallies);
    groups = List.copyOf(groups);
  }

  /**
   * A group of the overview: the patients of one rank, worst first.
   *
   * @param title the group's name and rule
   * @param rows one row per patient, in id order
   */
  public record Group(String title, List<Row> rows) {

    /** Copies the list. */
    public Group {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A count in the header.
   *
   * @param symbol the status symbol, or a flag symbol
   * @param label the status word or flag name
   * @param count the number of patients
   * @param css the CSS class
   */
  public record Tally(String symbol, String label, int count, String css) {}

  /**
   * One patient's row.
   *
   * @param patientId the patient id
   * @param href the link to the patient page, relative to index.html
   * @param site the site, or the en dash
   * @param symbol the status symbol
   * @param status the status word
   * @param css the status CSS class
   * @param pain baseline and current pain, {@code 6.10 -> 3.20}
   * @param change the change in points and percent, signed
   * @param flags the raised flags and lost to follow-up, one word group each
   * @param previous the month before's status and current pain, one line each
   * @param changes what changed since the month before, one phrase each
   * @param weeks weeks in treatment
   * @param lowImpact low-impact minutes per week in the month, or the entries whose minutes are
   *     unknown
   * @param flaggedEntries flagged activity entries in the month
   * @param completeness days logged of the month's days, with the share
   * @param sparkline the pain sparkline, an SVG element checked by {@link InlineSvg}
   */
  public record Row(
      String patientId,
      String href,
      String site,
      String symbol,
      String status,
      String css,
      String pain,
      String change,
      List<String> flags,
      List<String> previous,
      List<String> changes,
      String weeks,
      String lowImpact,
      String flaggedEntries,
      String completeness,
      String sparkline) {

    /** Copies the lists. */
    public Row {
      flags = List.copyOf(flags);
      previous = List.copyOf(previous);
      changes = List.copyOf(changes);
    }
  }
}
