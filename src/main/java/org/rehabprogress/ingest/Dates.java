package org.rehabprogress.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the dates of the canonical files by hand: ISO {@code yyyy-MM-dd}, or an ISO date-time
 * whose local date is used ({@code 2026-10-03T07:30}, with or without seconds, fraction and offset;
 * a space may stand for the {@code T}), and other orders only through an explicit pattern. Days are
 * epoch days. Parsing a date is the hot path of reading (one per row), so the ISO path allocates
 * nothing.
 */
public final class Dates {

  /** Returned by the parse methods when the text is not a valid date. */
  public static final int INVALID = Integer.MIN_VALUE;

  /** The earliest accepted day: a year before 1900 is a typo in a diary. */
  public static final int MIN_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();

  /** The latest accepted day. */
  public static final int MAX_DAY = (int) LocalDate.of(2100, 12, 31).toEpochDay();

  private static final Pattern DAY_MONTH_ORDER =
      Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}([ T].*)?");
  private static final int DAYS_0000_TO_1970 = 719_528;

  private Dates() {}

  /**
   * Returns the epoch day of an ISO date or date-time (its local date), or {@link #INVALID}. The
   * text must already be trimmed. Days outside 1900-2100 are invalid.
   */
  public static int parseIso(String s) {
    int n = s.length();
    if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return INVALID;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    if (n > 10 && !isTimePart(s, 10)) {
      return INVALID;
    }
    int epochDay = epochDay(year, month, day);
    return epochDay < MIN_DAY || epochDay > MAX_DAY ? INVALID : epochDay;
  }

  /**
   * Returns the epoch day of an ISO date of exactly ten ASCII bytes {@code b[from, to)}, or {@link
   * #INVALID}; the same day as {@link #parseIso(String)} for the same text, which decides every
   * other form.
   */
  static int parseIso(byte[] b, int from, int to) {
    if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
      return INVALID;
    }
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    int epochDay = epochDay(year, month, day);
    return epochDay < MIN_DAY || epochDay > MAX_DAY ? INVALID : epochDay;
  }

  /** Returns the year of a valid ISO date written at {@code b[from]}. */
  static int yearOf(byte[] b, int from) {
    return digits(b, from, 4);
  }

  private static int digits(byte[] b, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Returns the epoch day of a valid year, month (1-12) and day of month. */
  public static int epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return (int) (total - DAYS_0000_TO_1970);
  }

  /** Returns the number of days in a month of a year. */
  public static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Parses {@code count} ASCII digits at {@code from}; -1 when any is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** Checks {@code THH:mm[:ss[.fff]][Z|+HH:mm|+HHmm|+HH]} from {@code at} to the end. */
  private static boolean isTimePart(String s, int at) {
    int n = s.length();
    char sep = s.charAt(at);
    if ((sep != 'T' && sep != ' ') || n < at + 6 || s.charAt(at + 3) != ':') {
      return false;
    }
    int hour = digits(s, at + 1, 2);
    int minute = digits(s, at + 4, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return false;
    }
    int i = at + 6;
    if (i < n && s.charAt(i) == ':') {
      if (n < i + 3) {
        return false;
      }
      int second = digits(s, i + 1, 2);
      if (second < 0 || second > 60) {
        return false;
      }
      i += 3;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        int start = ++i;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
    }
    return i == n || isOffset(s, i);
  }

  private static boolean isOffset(String s, int i) {
    int n = s.length();
    if (s.charAt(i) == 'Z' || s.charAt(i) == 'z') {
      return i + 1 == n;
    }
    if (s.charAt(i) == ' ') {
      i++; // Apple Health writes "2017-01-01 10:00:00 +0100"
      if (i >= n) {
        return false;
      }
    }
    char sign = s.charAt(i);
    if (sign != '+' && sign != '-') {
      return false;
    }
    String rest = s.substring(i + 1);
    return rest.matches("\\d{2}(:?\\d{2})?");
  }

  /**
   * Returns the problem with a date that {@link #parseIso} refused and that no pattern accepted,
   * naming {@code --date-format} when the day and month order is unknown.
   */
  public static Problem explain(String column, String value, DateTimeFormatter pattern) {
    String s = value.trim();
    if (pattern == null && DAY_MONTH_ORDER.matcher(s).matches()) {
      return new Problem.AmbiguousDate(column, value);
    }
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 2);
      int day = digits(s, 8, 2);
      if (year >= 0 && month >= 0 && day >= 0) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
          return new Problem.NoSuchDay(column, value);
        }
        if (s.length() == 10 || isTimePart(s, 10)) {
          return new Problem.OutOfRange(
              column, value, "1900-01-01 to 2100-12-31", "check the year");
        }
      }
    }
    String expected = "yyyy-MM-dd (an ISO date)";
    return new Problem.BadDate(
        column, value, pattern == null ? expected : expected + " or the --date-format pattern");
  }

  /**
   * Returns a strict formatter for a user's {@code --date-format} pattern such as {@code
   * dd/MM/yyyy}.
   *
   * @throws IllegalArgumentException when the pattern is not a valid date pattern with a day, a
   *     month and a year
   */
  public static DateTimeFormatter pattern(String pattern) {
    DateTimeFormatter formatter =
        DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    String sample = formatter.format(LocalDate.of(2026, 11, 23).atStartOfDay());
    TemporalAccessor parsed = formatter.parse(sample);
    if (!parsed.isSupported(ChronoField.YEAR)
        || !parsed.isSupported(ChronoField.MONTH_OF_YEAR)
        || !parsed.isSupported(ChronoField.DAY_OF_MONTH)) {
      throw new IllegalArgumentException("the pattern needs a day, a month and a year");
    }
    return formatter;
  }

  /** Returns the epoch day of a value in the user's pattern, or {@link #INVALID}. */
  public static int parseWith(DateTimeFormatter pattern, String s) {
    try {
      TemporalAccessor parsed = pattern.parse(s);
      int epochDay = (int) LocalDate.from(parsed).toEpochDay();
      return epochDay < MIN_DAY || epochDay > MAX_DAY ? INVALID : epochDay;
    } catch (DateTimeException e) {
      return INVALID;
    }
  }
}
