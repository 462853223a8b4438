package org.rehabprogress.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.stats.Round;

/**
 * Figures as the pages show them: the verdict's figures to 2 decimals half away from zero, as in
 * summary.csv and in the rule text, so that page, CSV and verdict agree; minutes and shares whole.
 * A figure that is none shows as an en dash.
 */
final class Figures {

  /** What a missing figure shows. */
  static final String NONE = "\u2013";

  private Figures() {}

  /** Returns a figure to 2 decimals, or the en dash. */
  static String number(double x) {
    return Double.isFinite(x) ? Round.format(x) : NONE;
  }

  /** Returns a figure to 2 decimals with a unit after a space, or the en dash alone. */
  static String number(double x, String unit) {
    return Double.isFinite(x) ? Round.format(x) + " " + unit : NONE;
  }

  /** Returns a change to 2 decimals with its sign ({@code +1.20}, {@code -2.40}), or the dash. */
  static String signed(double x) {
    if (!Double.isFinite(x)) {
      return NONE;
    }
    String text = Round.format(x);
    return Round.half(x, 2) > 0 ? "+" + text : text;
  }

  /** Returns a signed change with a unit, or the en dash alone. */
  static String signed(double x, String unit) {
    return Double.isFinite(x) ? signed(x) + " " + unit : NONE;
  }

  /** Returns a figure rounded to a whole number with a unit, or the en dash alone. */
  static String whole(double x, String unit) {
    return Double.isFinite(x) ? Round.format(x, 0) + " " + unit : NONE;
  }

  /** Returns a figure rounded to a whole number, or the en dash. */
  static String whole(double x) {
    return Double.isFinite(x) ? Round.format(x, 0) : NONE;
  }

  /** Returns the month as {@code October 2026}. */
  static String month(YearMonth month) {
    // English month names whatever the machine's locale: the pages are in English.
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
  }

  /** Returns a date as ISO {@code yyyy-MM-dd}, or the en dash for null. */
  static String date(LocalDate day) {
    return day == null ? NONE : day.toString();
  }

  /** Returns the symbol that goes with a status word, so that colour never carries it alone. */
  static String symbol(Status status) {
    return switch (status) {
      case WORSE -> "\u25B2"; // pain up
      case IMPROVED -> "\u25BC"; // pain down
      case UNCHANGED -> "=";
      case INSUFFICIENT_DATA -> "?";
    };
  }

  /** Returns the status word as shown: the status name with spaces for underscores. */
  static String word(Status status) {
    return status.name().replace('_', ' ');
  }

  /** Returns the CSS class of a status. */
  static String css(Status status) {
    return "s-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns a rule sentence with arrows and comparison signs as the pages print them. */
  static String rule(String rule) {
    return rule.replace(" -> ", " \u2192 ").replace("<=", "\u2264").replace(">=", "\u2265");
  }

  /** Returns {@code 1 entry} or {@code n entries}, and the like. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
