package org.rehabprogress.canonical;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The text of cells the project writes: numbers as canonical decimals, and text neutralised so that
 * a spreadsheet does not run it as a formula. One place for both, so that every CSV output (the
 * imports, the anonymised copy, the report's and cohort's tables) agrees.
 */
public final class Cells {

  private Cells() {}

  /**
   * Returns a text cell safe to open in a spreadsheet: text starting with {@code =}, {@code +},
   * {@code -} or {@code @} gets a leading {@code '} so it is not run as a formula (SPEC section 1);
   * null gives the empty cell.
   */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' ? "'" + cell : cell;
  }

  /**
   * Returns a number as canonical text: rounded half up to at most 4 decimals, trailing zeros
   * stripped, never exponent notation, "0" for zero.
   *
   * @throws IllegalArgumentException for NaN or an infinity
   */
  public static String decimal(double value) {
    return plain(finite(value).setScale(4, RoundingMode.HALF_UP));
  }

  /**
   * Returns a number as canonical text without rounding: the shortest plain decimal that reads back
   * as the same double (so a copy of a canonical file keeps every value exactly), trailing zeros
   * stripped, never exponent notation, "0" for zero.
   *
   * @throws IllegalArgumentException for NaN or an infinity
   */
  public static String exact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      // Whole numbers (most durations and ratings) skip the BigDecimal: same text, far cheaper.
      return value == 0 ? "0" : Long.toString((long) value);
    }
    return plain(finite(value));
  }

  private static BigDecimal finite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  private static String plain(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }
}
