package org.rehabprogress.pdf;

/** XML 1.0's characters: the XHTML parser refuses any other, even as a reference. */
final class XmlText {

  private XmlText() {}

  /**
   * Returns the text without the characters XML 1.0 does not allow (C0 controls other than tab,
   * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF); the same text when it has
   * none.
   */
  static String legal(String text) {
    int i = 0;
    while (i < text.length() && allowed(text, i)) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    b.append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (allowed(text, i)) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  private static boolean allowed(String text, int i) {
    int cp = text.codePointAt(i);
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n' || cp == '\r';
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return false; // a lone surrogate: a pair came back as one code point above
    }
    return cp != 0xFFFE && cp != 0xFFFF;
  }
}
