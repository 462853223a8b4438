package org.rehabprogress.ingest.bytes;

import java.nio.charset.StandardCharsets;

/**
 * The hash that finds exact repeats of a row: a function of the row's text, its cells joined by the
 * file's separator as UTF-8 bytes, and of where each cell ends, so that cells that hold the
 * separator (quoted) cannot make two different rows read as one text. It is computed eight bytes at
 * a time straight from a line's bytes, and from the cells for a row that was not read from bytes;
 * both give the same value for the same cells.
 */
public final class LineHash {

  private static final long MULTIPLIER = ByteWords.GOLDEN;

  private LineHash() {}

  /**
   * Returns the hash of the line {@code b[from, end)} whose cells end at {@code cuts[0 .. n)} and
   * at {@code end}: the line's bytes must be its cells' text joined by the separator (a line
   * without quoted cells).
   */
  static int of(byte[] b, int from, int end, int[] cuts, int n) {
    long h = (end - from) * MULTIPLIER;
    for (int k = 0; k < n; k++) {
      h = (h ^ (cuts[k] - from)) * MULTIPLIER;
    }
    int i = from;
    for (; i + 8 <= end; i += 8) {
      h = Long.rotateLeft((h ^ ByteWords.at(b, i)) * MULTIPLIER, 29);
    }
    int rest = end - i;
    if (rest > 0) {
      // The last bytes as a little-endian number: one read of the word that ends the line.
      long tail = 0;
      if (end >= 8) {
        tail = ByteWords.at(b, end - 8) >>> (8 * (8 - rest));
      } else {
        for (int k = end - 1; k >= i; k--) {
          tail = (tail << 8) | (b[k] & 0xFF);
        }
      }
      h = (h ^ tail) * MULTIPLIER;
    }
    return (int) (h ^ (h >>> 32));
  }

  /**
   * Returns the hash of a row given as its cells: the same as {@link #of(byte[], int, int, int[],
   * int)} of their line.
   */
  public static int of(String[] cells, byte separator) {
    byte[][] bytes = new byte[cells.length][];
    int length = cells.length - 1;
    for (int k = 0; k < cells.length; k++) {
      bytes[k] = cells[k].getBytes(StandardCharsets.UTF_8);
      length += bytes[k].length;
    }
    byte[] line = new byte[length];
    int[] cuts = new int[cells.length - 1];
    int at = 0;
    for (int k = 0; k < cells.length; k++) {
      System.arraycopy(bytes[k], 0, line, at, bytes[k].length);
      at += bytes[k].length;
      if (k < cuts.length) {
        cuts[k] = at;
        line[at++] = separator;
      }
    }
    return of(line, 0, line.length, cuts, cuts.length);
  }
}
