package org.rehabprogress.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.rehabprogress.canonical.Cells;

/** Builds the lines of a canonical file and hands them to a writer in large chunks. */
final class CsvText {

  private static final int CHUNK = 1 << 16;

  private final Writer out;
  private final StringBuilder line = new StringBuilder(CHUNK + 1024);
  private char[] chunk = new char[CHUNK + 1024];

  CsvText(Writer out) {
    this.out = out;
  }

  /**
   * Returns a text cell from input, preceded by its comma: quoted as RFC 4180 needs, and with a
   * leading ' when it starts with =, +, - or @ so that a spreadsheet does not run it (SPEC 1).
   */
  static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return ",";
    }
    StringBuilder cell = new StringBuilder(text.length() + 3);
    try {
      CSVFormat.DEFAULT.print(Cells.neutralise(text), cell, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return cell.toString();
  }

  /** Returns the builder of the current line; append cells, then call {@link #endLine()}. */
  StringBuilder line() {
    return line;
  }

  /** Ends the current line, writing a chunk when enough text has gathered. */
  void endLine() throws IOException {
    line.append('\n');
    if (line.length() >= CHUNK) {
      flushLine();
    }
  }

  private void flushLine() throws IOException {
    int n = line.length();
    if (chunk.length < n) {
      chunk = new char[n];
    }
    // Through a reused array: Writer.append(CharSequence) would copy the text into a new String.
    line.getChars(0, n, chunk, 0);
    out.write(chunk, 0, n);
    line.setLength(0);
  }

  /** Writes what is left and flushes the writer (the caller closes it). */
  void finish() throws IOException {
    flushLine();
    out.flush();
  }
}
