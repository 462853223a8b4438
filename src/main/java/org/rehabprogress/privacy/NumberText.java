package org.rehabprogress.privacy;

import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.canonical.Cells;

/**
 * Canonical number text ({@link CanonicalFile#exact}) through a small direct-mapped cache: diary
 * values repeat (pain in halves, sleep in tenths), so most rows reuse a text made once instead of
 * going through a BigDecimal. Not thread-safe: one per writer.
 */
final class NumberText {

  private static final int SLOTS = 1 << 12;

  private final long[] bits = new long[SLOTS];
  private final String[] texts = new String[SLOTS];

  /** Returns the canonical text of a finite number. */
  String of(double value) {
    long key = Double.doubleToRawLongBits(value);
    long mixed = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (mixed >>> 52);
    String text = texts[slot];
    if (text != null && bits[slot] == key) {
      return text;
    }
    text = Cells.exact(value);
    bits[slot] = key;
    texts[slot] = text;
    return text;
  }
}
