package org.rehabprogress.ingest.bytes;

/**
 * The one reading of quotes that every scan of CSV bytes for its line ends shares, as Commons CSV
 * reads them: a quotation mark opens a quoted cell only where a cell starts (a stray one in a name,
 * as in {@code no"tes}, is text), a doubled quote inside a quoted cell stands for one, and a
 * separator, carriage return or line feed outside quotes starts a new cell. Fed one character at a
 * time; says whether the character just fed lies outside any quoted cell, where a line end ends the
 * record.
 */
final class QuoteScanner {

  private static final int CELL_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int AFTER_QUOTE = 3;

  private final int separator;
  private final int otherSeparator;
  private int state = CELL_START;

  /**
   * Creates a scanner at the start of a record.
   *
   * @param separator the file's separator
   * @param otherSeparator a second character that also separates cells (the header's scan, before
   *     the separator is known, takes both ',' and ';'); the separator again when there is none
   */
  QuoteScanner(char separator, char otherSeparator) {
    this.separator = separator;
    this.otherSeparator = otherSeparator;
  }

  /**
   * Feeds one character (a byte as an unsigned value, or a UTF-16 char) and returns whether it lies
   * outside any quoted cell. A quote that closes a cell counts as inside it.
   */
  boolean outside(int c) {
    if (state == QUOTED) {
      if (c == '"') {
        state = AFTER_QUOTE; // closes the cell, or is the first of a doubled quote
      }
      return false;
    }
    if (state == AFTER_QUOTE && c == '"') {
      state = QUOTED; // the second of a doubled quote: the cell goes on
      return false;
    }
    if (c == separator || c == otherSeparator || c == '\r' || c == '\n') {
      state = CELL_START;
    } else if (c == '"') {
      state = state == CELL_START ? QUOTED : UNQUOTED;
    } else {
      state = UNQUOTED;
    }
    return true;
  }
}
