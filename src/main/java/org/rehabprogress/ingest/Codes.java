package org.rehabprogress.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * String-to-code lookups for the few distinct values a column repeats millions of times (activity
 * names, intensities): a small direct-mapped cache keyed by length and end characters answers most
 * lookups with one {@code equals}, without hashing the whole string.
 */
final class Codes {
  private static final int SLOTS = 64;

  private final String[] keys = new String[SLOTS];
  private final int[] codes = new int[SLOTS];
  private final Map<String, Integer> all = new HashMap<>();

  /** Returns the code of a string, or -1 when it has none yet. */
  int get(String s) {
    int slot = slot(s);
    if (s.equals(keys[slot])) {
      return codes[slot];
    }
    Integer code = all.get(s);
    if (code == null) {
      return -1;
    }
    keys[slot] = s;
    codes[slot] = code;
    return code;
  }

  /** Gives a string a code. */
  void put(String s, int code) {
    all.put(s, code);
    int slot = slot(s);
    keys[slot] = s;
    codes[slot] = code;
  }

  private static int slot(String s) {
    int n = s.length();
    return n == 0 ? 0 : (n * 31 + s.charAt(0) * 7 + s.charAt(n - 1)) & (SLOTS - 1);
  }
}
