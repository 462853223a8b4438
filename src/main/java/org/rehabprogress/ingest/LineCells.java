package org.rehabprogress.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The cells of a line of bytes cut at its separators: where each starts and ends, and its text
 * (decoded, unquoted). Pure functions of the bytes.
 */
final class LineCells {

  private LineCells() {}

  /** Returns where cell {@code k} of a line starts. */
  static int cellFrom(int from, int[] cuts, int k) {
    return k == 0 ? from : cuts[k - 1] + 1;
  }

  /** Returns where cell {@code k} of a line ends, for a line of {@code width} cells. */
  static int cellTo(int end, int[] cuts, int k, int width) {
    return k == width - 1 ? end : cuts[k];
  }

  /**
   * Whether the bytes of a cell have no surrounding space, so that they are the trimmed cell (a
   * cell that starts or ends with a byte that is not ASCII is not taken as trimmed).
   */
  static boolean trimmed(byte[] b, int from, int to) {
    return from == to || (b[from] > ' ' && b[to - 1] > ' ');
  }

  /** Returns the bytes between the quotes of a regular quoted cell, each doubled quote as one. */
  static byte[] unquoted(byte[] b, int from, int to) {
    byte[] unquoted = new byte[to - from - 2];
    int n = 0;
    for (int i = from + 1; i < to - 1; i++) {
      unquoted[n++] = b[i];
      if (b[i] == '"') {
        i++; // the second quote of a doubled one
      }
    }
    return n == unquoted.length ? unquoted : Arrays.copyOf(unquoted, n);
  }

  /**
   * Returns the text of a cell of a line: the bytes decoded as UTF-8 (the line was checked), or for
   * a quoted cell the bytes between its quotes with each doubled quote read as one.
   *
   * @param quotes whether the line may hold quoted cells
   * @param ascii whether the line is ASCII
   */
  static String text(byte[] b, int from, int to, boolean quotes, boolean ascii) {
    if (quotes && from < to && b[from] == '"') {
      byte[] unquoted = unquoted(b, from, to);
      return new String(unquoted, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
    return new String(
        b, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }
}
