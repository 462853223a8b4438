package org.rehabprogress.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The notes of a log's rows, kept for the rows that have one (most rows have none), as UTF-8 bytes:
 * rows in ascending order with their texts. Immutable.
 */
final class Notes {

  /** No row has notes. */
  static final Notes NONE = new Notes(new int[0], new byte[0][]);

  private final int[] rows;
  private final byte[][] texts;

  /**
   * Takes rows in ascending order and their notes, which must not be empty.
   *
   * @param rows the rows that have notes, ascending
   * @param texts the notes of those rows as UTF-8 bytes, as many as {@code rows}
   */
  Notes(int[] rows, byte[][] texts) {
    if (rows.length != texts.length) {
      throw new IllegalArgumentException("one text per row expected");
    }
    for (int k = 1; k < rows.length; k++) {
      if (rows[k] <= rows[k - 1]) {
        throw new IllegalArgumentException("rows must ascend");
      }
    }
    this.rows = rows;
    this.texts = texts;
  }

  /**
   * Returns the notes of the given rows, which may come in any order.
   *
   * @param at the row of each note, no two the same
   * @param text each note's bytes, not empty
   */
  static Notes inOrder(int[] at, byte[][] text) {
    int n = at.length;
    if (n == 0) {
      return NONE;
    }
    boolean ascending = true;
    for (int i = 1; i < n && ascending; i++) {
      ascending = at[i] > at[i - 1];
    }
    if (ascending) {
      return new Notes(at, text);
    }
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      keyed[i] = ((long) at[i] << 32) | i;
    }
    Arrays.sort(keyed);
    int[] sortedAt = new int[n];
    byte[][] sortedText = new byte[n][];
    for (int i = 0; i < n; i++) {
      sortedAt[i] = (int) (keyed[i] >>> 32);
      sortedText[i] = text[(int) keyed[i]];
    }
    return new Notes(sortedAt, sortedText);
  }

  /**
   * Returns the notes of a full column's first {@code size} rows (null or empty for none).
   *
   * @throws IllegalArgumentException when the column is shorter than {@code size}
   */
  static Notes of(String[] column, int size) {
    if (column == null) {
      return NONE;
    }
    if (column.length < size) {
      throw new IllegalArgumentException("columns differ in length");
    }
    int n = 0;
    for (int row = 0; row < size; row++) {
      n += column[row] == null || column[row].isEmpty() ? 0 : 1;
    }
    int[] rows = new int[n];
    byte[][] texts = new byte[n][];
    int k = 0;
    for (int row = 0; row < size; row++) {
      if (column[row] != null && !column[row].isEmpty()) {
        rows[k] = row;
        texts[k++] = column[row].getBytes(StandardCharsets.UTF_8);
      }
    }
    return new Notes(rows, texts);
  }

  /** Returns the notes of a row, or null when it has none. */
  String get(int row) {
    int k = Arrays.binarySearch(rows, row);
    return k < 0 ? null : new String(texts[k], StandardCharsets.UTF_8);
  }

  /** Returns whether two rows have the same notes (or both none). */
  boolean same(int i, int j) {
    int a = Arrays.binarySearch(rows, i);
    int b = Arrays.binarySearch(rows, j);
    if (a < 0 || b < 0) {
      return a < 0 && b < 0;
    }
    return Arrays.equals(texts[a], texts[b]);
  }

  /**
   * Returns the notes once the rows in {@code dropped} are taken out of the log and the rows after
   * each move up.
   *
   * @param dropped the dropped rows, ascending
   */
  Notes without(int[] dropped) {
    int[] kept = new int[rows.length];
    byte[][] keptTexts = new byte[rows.length][];
    int n = 0;
    int d = 0;
    for (int k = 0; k < rows.length; k++) {
      while (d < dropped.length && dropped[d] < rows[k]) {
        d++;
      }
      if (d < dropped.length && dropped[d] == rows[k]) {
        continue;
      }
      kept[n] = rows[k] - d;
      keptTexts[n++] = texts[k];
    }
    return new Notes(Arrays.copyOf(kept, n), Arrays.copyOf(keptTexts, n));
  }
}
