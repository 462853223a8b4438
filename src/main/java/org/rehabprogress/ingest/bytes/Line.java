package org.rehabprogress.ingest.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A regular line of a file's bytes cut at its separators (see {@link RowSplitter}): where each cell
 * starts and ends, and its text, decoded and unquoted. Its only line break is its end (excluded);
 * any quote opens a cell and closes it before a separator or the line end, a doubled quote inside
 * standing for one.
 *
 * @param bytes the buffer the line lies in (not copied: valid only during the call it is given to)
 * @param from where the line starts
 * @param cuts where its separators are, at least {@code width - 1} of them
 * @param end where the line ends, its line end excluded
 * @param width the number of cells
 * @param quotes whether a cell may be quoted: a cell that starts with a quote is then a quoted cell
 * @param ascii whether every byte of the line is ASCII (else the line is valid UTF-8)
 */
public record Line(
    byte[] bytes, int from, int[] cuts, int end, int width, boolean quotes, boolean ascii) {

  /** Returns where cell {@code k} starts. */
  public int cellFrom(int k) {
    return k == 0 ? from : cuts[k - 1] + 1;
  }

  /** Returns where cell {@code k} ends. */
  public int cellTo(int k) {
    return k == width - 1 ? end : cuts[k];
  }

  /** Returns whether cell {@code k} is a quoted cell. */
  public boolean quoted(int k) {
    int f = cellFrom(k);
    return quotes && f < cellTo(k) && bytes[f] == '"';
  }

  /** Returns the text of cell {@code k}: decoded, and unquoted when it is a quoted cell. */
  public String text(int k) {
    return text(bytes, cellFrom(k), cellTo(k), quotes, ascii);
  }

  /** Returns the bytes of cell {@code k} decoded as they are (the caller knows it is unquoted). */
  public String plainText(int k) {
    return text(bytes, cellFrom(k), cellTo(k), false, ascii);
  }

  /** Returns the UTF-8 bytes of cell {@code k}'s text: unquoted when it is a quoted cell. */
  public byte[] cellBytes(int k) {
    int f = cellFrom(k);
    int t = cellTo(k);
    return quoted(k) ? unquoted(bytes, f, t) : Arrays.copyOfRange(bytes, f, t);
  }

  /**
   * Returns the hash of the line's cells for finding exact repeats (see {@link LineHash}), for a
   * line without quoted cells, whose bytes are its cells' text joined by the separator.
   */
  public int plainHash() {
    return LineHash.of(bytes, from, end, cuts, width - 1);
  }

  /**
   * Whether the bytes {@code b[from, to)} have no surrounding space, so that they are the trimmed
   * cell (a cell that starts or ends with a byte that is not ASCII is not taken as trimmed).
   */
  public static boolean trimmed(byte[] b, int from, int to) {
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
   * Returns the text of the bytes {@code b[from, to)}: decoded as UTF-8 (the line was checked), or
   * for a quoted cell the bytes between its quotes with each doubled quote read as one.
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
