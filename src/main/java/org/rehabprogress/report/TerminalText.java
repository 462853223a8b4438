package org.rehabprogress.report;

/**
 * Input text as the terminal may show it (SPEC section 8): control and invisible formatting
 * characters made visible as escapes ({@code \e}, <code>&#92;u202e</code>), so that a crafted file
 * cannot retitle or clear the terminal or turn a line around, and long values shortened, so that
 * one cell cannot fill the screen.
 */
public final class TerminalText {

  /** Values longer than this are shortened. */
  public static final int LONGEST = 100;

  /** How much of a shortened value is kept. */
  static final int KEPT = 60;

  private TerminalText() {}

  /**
   * Returns a value from an input as one visible, short piece of a line: escapes for control
   * characters (line breaks included), and a value over {@value #LONGEST} characters cut to its
   * first {@value #KEPT} with its length, e.g. {@code Walking with…(1500 characters)}.
   */
  public static String value(String text) {
    if (text.length() > LONGEST) {
      int end = KEPT;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      return visible(text.substring(0, end), true) + "…(" + text.length() + " characters)";
    }
    return visible(text, true);
  }

  /**
   * Returns a reason that quotes a value ({@code pain "11" is out of range ...}) as a terminal
   * line: the value shortened as {@link #value} does, and the whole made visible.
   *
   * @param reason the reason as written to files
   * @param value the value it quotes, or an empty string
   */
  public static String quoting(String reason, String value) {
    String line = reason;
    if (!value.isEmpty()) {
      String shown = value(value);
      if (!shown.equals(value)) {
        line = line.replace("\"" + value + "\"", "\"" + shown + "\"");
      }
    }
    return visible(line, true);
  }

  /**
   * Returns text with every character a terminal would act on made visible, line breaks included
   * when {@code breaks} is true; other text is returned as it is.
   */
  public static String visible(String text, boolean breaks) {
    int i = 0;
    while (i < text.length() && !escaped(text, i, breaks)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escaped(text, i, breaks)) {
        appendEscape(c, out);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Says whether the character at {@code i} is shown as an escape. */
  static boolean escaped(CharSequence text, int i, boolean breaks) {
    char c = text.charAt(i);
    if (c == '\n') {
      return breaks;
    }
    if (c == '\t') {
      return breaks;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return isControl(c);
  }

  /**
   * Says whether a character is a control character (C0, DEL, C1) or an invisible character that
   * changes how text around it is shown: bidirectional overrides and isolates, zero-width
   * characters, line and paragraph separators, the byte-order mark; and the two noncharacters
   * U+FFFE and U+FFFF.
   */
  public static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xfeff
        || c == 0xfffe
        || c == 0xffff;
  }

  /**
   * Appends the visible form of one character: {@code \e}, {@code \t}, or <code>&#92;u00XX</code>.
   */
  public static void appendEscape(char c, StringBuilder out) {
    switch (c) {
      case 0x1b -> out.append("\\e");
      case '\t' -> out.append("\\t");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    }
  }
}
