package org.rehabprogress.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.Round;

/**
 * A figure across patients as text, the same in cohort.html and the cohort's CSV tables: a
 * suppressed cell is the threshold label ({@code <11}), none is the empty string, and a value is
 * printed by its kind. Nothing depends on the default locale.
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

  private enum Kind {
    COUNT,
    POINTS,
    SHARE,
    PERCENT,
    P_VALUE,
    STATISTIC
  }

  private static String text(Cell cell, SmallCells rules, Kind kind) {
    if (cell.suppressed()) {
      return rules.label();
    }
    double v = cell.value();
    if (Double.isNaN(v)) {
      return "";
    }
    return switch (kind) {
      case COUNT -> Long.toString(Math.round(v));
      case POINTS -> Round.format(v, 2);
      case SHARE -> Round.format(v, 4);
      case PERCENT -> Round.format(100 * v, 1) + "%";
      case P_VALUE -> v < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4g", v);
      case STATISTIC -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    };
  }
}
