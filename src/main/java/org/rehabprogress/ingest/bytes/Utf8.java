package org.rehabprogress.ingest.bytes;

/**
 * Checks bytes as strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF), accepting exactly what Java's UTF-8 decoder accepts when it reports malformed input,
 * without making a {@code String}.
 */
final class Utf8 {

  private Utf8() {}

  /** Returns whether {@code b[from, to)} is well-formed UTF-8. */
  static boolean isValid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min = 0x80;
      int max = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        if (c == 0xE0) {
          min = 0xA0; // no overlong form
        } else if (c == 0xED) {
          max = 0x9F; // no surrogate
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        if (c == 0xF0) {
          min = 0x90; // no overlong form
        } else if (c == 0xF4) {
          max = 0x8F; // nothing above U+10FFFF
        }
      } else {
        return false;
      }
      if (i + n >= to) {
        return false; // cut short
      }
      int second = b[i + 1] & 0xFF;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k <= n; k++) {
        int next = b[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return false;
        }
      }
      i += n + 1;
    }
    return true;
  }
}
