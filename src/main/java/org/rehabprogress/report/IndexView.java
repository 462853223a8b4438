package org.rehabprogress.report;

import java.util.List;

/**
 * What index.html shows, every text ready to print (the template escapes it).
 *
 * @param title the page title
 * @param period the month's first and last day
 * @param tallies patients per status and per flag, for the header
 * @param covered how many patients the report covers, and how many it leaves out
 * @param groups the patients in their groups, worst group first, each group in id order
 * @param quality the data-quality panel
 * @param footer the footer
 */
public record IndexView(
    String title,
    String period,
    List<Tally> tallies,
    String covered,
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
   * @param symbol the status symbol
   * @param status the status word
   * @param css the status CSS class
   * @param pain baseline and current pain, {@code 6.10 -> 3.20}
   * @param change the change in points and percent, signed
   * @param flags the raised flags and lost to follow-up, one word group each
   * @param weeks weeks in treatment
   * @param lowImpact low-impact minutes per week in the month
   * @param flaggedEntries flagged activity entries in the month
   * @param completeness days logged of the month's days, with the share
   * @param sparkline the pain sparkline, an SVG element checked by {@link InlineSvg}
   */
  public record Row(
      String patientId,
      String href,
      String symbol,
      String status,
      String css,
      String pain,
      String change,
      List<String> flags,
      String weeks,
      String lowImpact,
      String flaggedEntries,
      String completeness,
      String sparkline) {

    /** Copies the list. */
    public Row {
      flags = List.copyOf(flags);
    }
  }
}
