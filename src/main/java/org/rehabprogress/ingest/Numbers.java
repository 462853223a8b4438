package org.rehabprogress.ingest;

/**
 * Parses the plain decimal numbers of the canonical files by hand: an optional sign, digits, and an
 * optional fraction after a dot (or a comma in a semicolon-separated file). Exponents, thousands
 * separators, {@code NaN} and {@code Infinity} are not numbers here. The result is the correctly
 * rounded double, the same as {@link Double#parseDouble}.
 */
public final class Numbers {

  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = p;
      p *= 10;
    }
  }

  private Numbers() {}

  /**
   * Parses the ASCII bytes {@code b[from, to)} as {@link #parse(String, boolean)} parses the same
   * text, for the forms most cells take: digits with at most one decimal separator and at most 15
   * significant digits. Returns {@link Double#NaN} for anything else, for which the caller asks
   * {@link #parse(String, boolean)}, which decides it.
   */
  static double parse(byte[] b, int from, int to, boolean decimalComma) {
    long mantissa = 0;
    int fractionDigits = 0;
    int digits = 0;
    boolean point = false;
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          fractionDigits++;
        }
      } else if (!point && (c == '.' || (decimalComma && c == ','))) {
        point = true;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    // Both operands are exact doubles, so one IEEE division gives the correctly rounded result.
    return mantissa / POWERS_OF_TEN[fractionDigits];
  }

  /**
   * Returns the value of a trimmed, non-empty decimal, or NaN when it is not one.
   *
   * @param s the text, already trimmed
   * @param decimalComma whether a comma may stand for the decimal point
   */
  public static double parse(String s, boolean decimalComma) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    long mantissa = 0;
    int significant = 0;
    int fractionDigits = 0;
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (significant < 18) {
          mantissa = mantissa * 10 + (c - '0');
          if (mantissa != 0) {
            significant++;
          }
          if (point) {
            fractionDigits++;
          }
        } else {
          return slow(s, decimalComma);
        }
      } else if (!point && (c == '.' || (decimalComma && c == ','))) {
        point = true;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    double value;
    if (mantissa < (1L << 53) && fractionDigits < POWERS_OF_TEN.length) {
      // Both operands are exact doubles, so one IEEE division gives the correctly rounded result.
      value = mantissa / POWERS_OF_TEN[fractionDigits];
    } else {
      return slow(s, decimalComma);
    }
    return negative ? -value : value;
  }

  private static double slow(String s, boolean decimalComma) {
    String text = decimalComma ? s.replace(',', '.') : s;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
        return Double.NaN;
      }
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
