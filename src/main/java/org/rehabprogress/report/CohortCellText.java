package org.rehabprogress.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.Round;

/**
 * A figure across patients as text in cohort.html: a cell hidden as small is the threshold label
 * ({@code <11}), one hidden as complementary is {@code suppressed} (never {@code <11}, which would
 * understate 120 of 122), none is the empty string, and a value is printed by its kind. The CSV
 * tables print a hidden cell empty with its reason beside it ({@link #csv}). Nothing depends on the
 * default locale.
 */
public final class CohortCellText {

  private CohortCellText() {}

  /** Returns a count of patients: an integer. */
  public static String count(Cell cell, SmallCells rules) {
    return text(cell, rules, Kind.COUNT);
  }

  /** Returns a pain figure (points on 0-10, or a difference): 2 decimals, half away from zero. */
  public static String points(Cell cell, SmallCells rules) {
    return text(cell, rules, Kind.POINTS);
  }

  /** Returns a share or a bound of its interval, as a proportion with 4 decimals. */
  public static String share(Cell cell, SmallCells rules) {
    return text(cell, rules, Kind.SHARE);
  }

  /** Returns a share or a bound as a percentage with 1 decimal and a {@code %} sign. */
  public static String percent(Cell cell, SmallCells rules) {
    return text(cell, rules, Kind.PERCENT);
  }

  /** Returns a p-value: 4 significant digits, or {@code <0.0001} below that. */
  public static String pValue(Cell cell, SmallCells rules) {
    return text(cell, rules, Kind.P_VALUE);
  }

  /** Returns a signed-rank statistic V: an integer, or with .5 when ties gave half ranks. */
  public static String statistic(Cell cell, SmallCells rules) {
    return text(cell, rules, Kind.STATISTIC);
  }

  /**
   * Returns a figure with a fixed number of decimals, half away from zero (a variance such as tau^2
   * with 4, I^2 in percent with 1).
   */
  public static String decimals(Cell cell, SmallCells rules, int decimals) {
    if (cell.suppressed()) {
      return hidden(cell, rules);
    }
    return Double.isNaN(cell.value()) ? "" : Round.format(cell.value(), decimals);
  }

  /** Returns a share written with 3 decimals ({@code 0.235}) as a percent ({@code 23.5}). */
  static String percent(String share) {
    boolean negative = share.startsWith("-");
    String digits = (negative ? share.substring(1) : share).replace(".", "");
    // digits holds the share in thousandths: the percent is digits / 10.
    String whole = digits.substring(0, digits.length() - 1).replaceFirst("^0+(?=.)", "");
    String percent = (whole.isEmpty() ? "0" : whole) + "." + digits.charAt(digits.length() - 1);
    return negative && !percent.equals("0.0") ? "-" + percent : percent;
  }

  private enum Kind {
    COUNT,
    POINTS,
    SHARE,
    PERCENT,
    P_VALUE,
    STATISTIC
  }

  /** What cohort.html shows for a cell hidden as complementary. */
  public static final String COMPLEMENTARY = "suppressed";

  /** Returns what a hidden cell shows in cohort.html: {@code <11} or {@code suppressed}. */
  public static String hidden(Cell cell, SmallCells rules) {
    return cell.hidden() == Cell.Hidden.SMALL ? rules.label() : COMPLEMENTARY;
  }

  /**
   * Returns a cell as the CSV tables write it: the text of {@code shown} when the cell is shown or
   * none, the empty string when hidden; and beside it the reason ({@code small}, {@code
   * complementary}) or the empty string. So numeric columns stay numeric in R and pandas.
   */
  public static String[] csv(Cell cell, String shown) {
    return cell.suppressed() ? new String[] {"", cell.hidden().word()} : new String[] {shown, ""};
  }

  private static String text(Cell cell, SmallCells rules, Kind kind) {
    if (cell.suppressed()) {
      return hidden(cell, rules);
    }
    double v = cell.value();
    if (Double.isNaN(v)) {
      return "";
    }
    return switch (kind) {
      case COUNT -> Long.toString(Math.round(v));
      case POINTS -> Round.format(v, 2);
      case SHARE -> Round.format(v, 4);
      // The share rounded at 3 decimals, read as a percent: no binary error from multiplying.
      case PERCENT -> percent(Round.format(v, 3)) + "%";
      case P_VALUE -> v < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4g", v);
      case STATISTIC -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    };
  }
}
