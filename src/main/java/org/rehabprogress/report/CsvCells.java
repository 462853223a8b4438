package org.rehabprogress.report;

import org.apache.commons.csv.CSVFormat;
import org.rehabprogress.canonical.Cells;
import org.rehabprogress.stats.Round;

/**
 * The cell rules every CSV output shares: the format, numbers as shown, flags, and text from input
 * files neutralised so that a spreadsheet does not run it as a formula.
 */
public final class CsvCells {

  /**
   * RFC 4180 quoting with a header row, and lines ending in {@code \n} on every platform so that
   * the same inputs give the same bytes.
   */
  public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private CsvCells() {}

  /**
   * Returns a text cell safe to open in a spreadsheet: text starting with {@code =}, {@code +},
   * {@code -} or {@code @} gets a leading {@code '} (SPEC section 1; {@link Cells#neutralise});
   * null gives the empty cell.
   */
  public static String text(String value) {
    return Cells.neutralise(value);
  }

  /**
   * Returns a number as shown: rounded to 2 decimals half away from zero with a dot, the empty cell
   * for NaN (none).
   */
  public static String number(double value) {
    return Round.format(value);
  }

  /** Returns {@code true} or {@code false}. */
  public static String flag(boolean value) {
    return Boolean.toString(value);
  }
}
