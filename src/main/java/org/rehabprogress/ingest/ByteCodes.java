package org.rehabprogress.ingest;

import java.util.Arrays;
import org.rehabprogress.ingest.bytes.ByteWords;

/**
 * Codes of byte strings, looked up straight from a line's bytes so that a value a column repeats
 * millions of times (an activity name, an intensity) is not made into a {@code String} each time:
 * an open-addressing table keyed by a hash of the bytes' first and last eight and their length.
 */
final class ByteCodes {

  private byte[][] keys = new byte[64][];
  private int[] codes = new int[64];
  private int size;
  private byte[] found;

  /** Returns the code of the bytes {@code b[from, to)}, or -1 when they have none yet. */
  int get(byte[] b, int from, int to) {
    int mask = keys.length - 1;
    for (int slot = hash(b, from, to) & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (Arrays.equals(key, 0, key.length, b, from, to)) {
        found = key;
        return codes[slot];
      }
    }
  }

  /** Gives the bytes {@code b[from, to)} a code. */
  void put(byte[] b, int from, int to, int code) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    found = Arrays.copyOfRange(b, from, to);
    insert(found, code);
  }

  /**
   * Returns the bytes of the last {@link #get} that found a code or of the last {@link #put}, as a
   * copy a caller may keep without copying them again; callers must not modify it.
   */
  byte[] found() {
    return found;
  }

  private void insert(byte[] key, int code) {
    int mask = keys.length - 1;
    int slot = hash(key, 0, key.length) & mask;
    while (keys[slot] != null) {
      if (Arrays.equals(keys[slot], key)) {
        codes[slot] = code;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    codes[slot] = code;
    size++;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldCodes = codes;
    keys = new byte[oldKeys.length * 2][];
    codes = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldCodes[i]);
      }
    }
  }

  /** Hashes the first and last eight bytes (or the few there are) and the length. */
  private static int hash(byte[] b, int from, int to) {
    int length = to - from;
    long h;
    if (length >= 8) {
      h = ByteWords.at(b, from) * ByteWords.GOLDEN ^ ByteWords.at(b, to - 8);
    } else {
      h = 0;
      for (int i = from; i < to; i++) {
        h = (h << 8) | (b[i] & 0xFF);
      }
    }
    h = (h ^ length) * ByteWords.GOLDEN;
    return (int) (h >>> 32);
  }
}
