package org.rehabprogress.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the exports write them, read by hand with English month names: no clock, no default
 * locale, no time-zone conversion. A date-time keeps the date written in its own offset.
 */
final class SourceDates {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+.*)?");
  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private SourceDates() {}

  /**
   * Reads an ISO date or date-time ({@code 2022-12-28}, {@code 2022-12-28 17:39:03}, {@code
   * 2021-08-23T03:26:50Z}, {@code 2021-08-23T22:10:00-05:00}) and returns the date as written,
   * whatever the offset; null when the text is not one or names no day of the calendar.
   */
  static LocalDate iso(String text) {
    Matcher m = ISO.matcher(text.strip());
    return m.matches() ? day(m.group(1), m.group(2), m.group(3)) : null;
  }

  /**
   * Reads a day-month-year date with an English month name and an optional ordinal suffix, as
   * Bearable writes it ({@code 22nd Sep 2020}, {@code 1 September 2020}); null when it is not one.
   */
  static LocalDate dayMonthYear(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text.strip());
    return m.matches() ? day(m.group(3), month(m.group(2)), m.group(1)) : null;
  }

  /**
   * Reads a month-day-year date with an English month name, as Strava writes it ({@code Oct 6,
   * 2022, 11:19:20 PM}); the time, if any, is ignored. Null when it is not one.
   */
  static LocalDate monthDayYear(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text.strip());
    return m.matches() ? day(m.group(3), month(m.group(1)), m.group(2)) : null;
  }

  /** Returns the month number of an English month name or its abbreviation, as text; "" if none. */
  private static String month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() >= 3) {
      for (int i = 0; i < MONTHS.length; i++) {
        if (MONTHS[i].startsWith(n) || ("sept".equals(n) && i == 8)) {
          return Integer.toString(i + 1);
        }
      }
    }
    return "";
  }

  private static LocalDate day(String year, String month, String day) {
    if (month.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
