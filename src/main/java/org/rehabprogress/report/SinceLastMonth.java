package org.rehabprogress.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.rehabprogress.analysis.PatientResult;

/**
 * The since-last-month texts of the pages (SPEC section 4): the headline's "UNCHANGED, was IMPROVED
 * in September", the line beneath the verdict, and the overview's cells.
 */
final class SinceLastMonth {

  private SinceLastMonth() {}

  /**
   * Returns the headline's status part: {@code UNCHANGED, was IMPROVED in September}, {@code
   * UNCHANGED, as in September}, or the status alone when the patient was not in treatment by the
   * end of the month before.
   */
  static String headline(PatientResult now, Previous previous) {
    String word = Figures.word(now.status());
    if (previous == null) {
      return word;
    }
    String month = monthName(previous);
    return previous.statusMoved(now)
        ? word + ", was " + Figures.word(previous.status()) + " in " + month
        : word + ", as in " + month;
  }

  /** Returns the month-over-month line of a patient page and PDF. */
  static String line(PatientResult now, Previous previous, YearMonth month) {
    if (previous == null) {
      return "Since last month: not in treatment by the end of "
          + Figures.month(month.minusMonths(1))
          + ", so there is no month before to compare with.";
    }
    StringBuilder text =
        new StringBuilder("Since last month (")
            .append(Figures.month(previous.month()))
            .append("): status ")
            .append(Figures.symbol(previous.status()))
            .append(' ')
            .append(Figures.word(previous.status()))
            .append(" \u2192 ")
            .append(Figures.symbol(now.status()))
            .append(' ')
            .append(Figures.word(now.status()))
            .append("; current pain ")
            .append(Figures.number(previous.painCurrent()))
            .append(" \u2192 ")
            .append(Figures.number(now.summary().painCurrent()));
    List<String> changes = previous.changes(now);
    changes.removeIf(c -> c.startsWith("status "));
    if (!changes.isEmpty()) {
      text.append("; ").append(String.join("; ", changes));
    }
    return text.append('.').toString();
  }

  /**
   * Returns the overview's cell for the month before: the status and the current pain on two lines,
   * or "not in treatment".
   */
  static List<String> cell(Previous previous) {
    if (previous == null) {
      return List.of("not in treatment");
    }
    return List.of(
        Figures.symbol(previous.status()) + " " + Figures.word(previous.status()),
        "pain " + Figures.number(previous.painCurrent()));
  }

  /** Returns the overview's change marks, each a short phrase; empty when nothing changed. */
  static List<String> marks(PatientResult now, Previous previous) {
    return previous == null ? List.of() : previous.changes(now);
  }

  private static String monthName(Previous previous) {
    // English month names whatever the machine's locale, as Figures.month.
    return previous.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
