package org.rehabprogress.report;

/** Cell rules shared by every CSV rehab writes. */
public final class CsvCells {

  private CsvCells() {}

  /**
   * Returns text made inert for spreadsheets: a cell starting with {@code =}, {@code +}, {@code -}
   * or {@code @} gets a leading {@code '} so that no spreadsheet runs it as a formula. Numbers that
   * rehab writes itself (such as {@code -0.76}) are not text and are not passed through this. Null
   * gives the empty string.
   */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + text : text;
  }
}
