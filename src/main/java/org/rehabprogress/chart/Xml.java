package org.rehabprogress.chart;

/**
 * Escapes text for XML content and attribute values, and keeps it well-formed XML whatever it
 * holds.
 */
final class Xml {

  /** What a character XML does not allow (or a page should not show) is replaced with. */
  static final char REPLACEMENT = '\uFFFD';

  private Xml() {}

  /** Returns text with {@code & < > " '} replaced by entities, safe in content and attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns text with every character that XML 1.0 does not allow (control characters other than
   * tab, line feed and carriage return; U+FFFE and U+FFFF; a surrogate without its pair), and the
   * C1 controls and DEL that HTML treats as errors, replaced by U+FFFD. Text without any is
   * returned as it is, after one pass over it.
   */
  static String clean(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && allowed(text, i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    for (; i < n; i++) {
      out.append(allowed(text, i) ? text.charAt(i) : REPLACEMENT);
    }
    return out.toString();
  }

  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7f) {
      return true;
    }
    if (c < 0x20) {
      return c == '\n' || c == '\t' || c == '\r';
    }
    if (c <= 0x9f || c == 0xfffe || c == 0xffff) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }
}
