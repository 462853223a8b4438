package org.rehabprogress.importer;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader of CSV text (comma-separated, double quotes, as Commons CSV's default reads it) that
 * passes at most {@link ValueCap#LIMIT} + 1 characters of any cell and at most {@link #MAX_CELLS}
 * cells of a record, dropping the rest, so that a parser behind it never holds a cell longer than
 * that. A cell that was cut is therefore longer than the cap, and the record is rejected as such; a
 * record with too many cells is rejected for its cell count. An escaped quote ({@code ""}) is one
 * character of its cell. Line breaks inside a quoted cell are passed even past the cap, up to
 * {@link #MAX_BREAKS} of them, so that the lines of the records after it keep their numbers.
 */
final class CsvCellCap extends Reader {

  /** The most cells a record may have; more are merged into the last. */
  static final int MAX_CELLS = 10_000;

  /** The most line breaks passed inside one cell past the cap. */
  static final int MAX_BREAKS = 10_000;

  private static final int NOTHING = -3;
  private static final int NONE = -2;

  private final Reader in;
  private final char[] input = new char[1 << 14];
  private int position;
  private int limit;
  private int pushed = NONE;
  private int pending = NONE;
  private boolean atCellStart = true;
  private boolean quoted;
  private int length;
  private int cells = 1;
  private int breaks;
  private boolean keepLow;

  CsvCellCap(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    int n = 0;
    while (n < count) {
      int c;
      if (pending != NONE) {
        c = pending;
        pending = NONE;
      } else {
        c = next();
      }
      if (c == NOTHING) {
        continue;
      }
      if (c < 0) {
        return n == 0 ? -1 : n;
      }
      buffer[offset + n++] = (char) c;
    }
    return n;
  }

  private int raw() throws IOException {
    if (pushed != NONE) {
      int c = pushed;
      pushed = NONE;
      return c;
    }
    if (position == limit) {
      int got = in.read(input, 0, input.length);
      if (got < 0) {
        return -1;
      }
      position = 0;
      limit = got;
    }
    return input[position++];
  }

  /** Returns the next character to pass, {@link #NOTHING} for a dropped one, or -1 at the end. */
  private int next() throws IOException {
    int c = raw();
    if (c < 0) {
      return -1;
    }
    if (quoted) {
      if (c == '"') {
        int after = raw();
        if (after == '"') {
          // An escaped quote: one character of the cell, passed whole or dropped whole.
          if (keep(c)) {
            pending = '"';
            return '"';
          }
          return NOTHING;
        }
        pushed = after;
        quoted = false;
        return c;
      }
      if (c == '\n' || c == '\r') {
        if (length <= ValueCap.LIMIT || breaks++ < MAX_BREAKS) {
          return c;
        }
        return NOTHING;
      }
      return keep(c) ? c : NOTHING;
    }
    if (c == '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      return c;
    }
    if (c == ',') {
      if (cells >= MAX_CELLS) {
        // Past the last cell a separator is dropped: the record keeps MAX_CELLS cells.
        atCellStart = false;
        return NOTHING;
      }
      cells++;
      startCell();
      return c;
    }
    if (c == '\n' || c == '\r') {
      cells = 1;
      startCell();
      return c;
    }
    atCellStart = false;
    return keep(c) ? c : NOTHING;
  }

  private void startCell() {
    atCellStart = true;
    length = 0;
    breaks = 0;
  }

  /** Counts one character of the cell; returns whether it is passed. */
  private boolean keep(int c) {
    if (Character.isLowSurrogate((char) c)) {
      // The second half of a pair goes where its first half went.
      return keepLow;
    }
    boolean kept = length <= ValueCap.LIMIT;
    length++;
    keepLow = kept;
    return kept;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
