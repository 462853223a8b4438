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

  /** The forms of a Fitbit date-time, as reject reasons state them. */
  static final String FITBIT_FORMS =
      "MM/dd/yy HH:mm:ss, yyyy-MM-dd HH:mm:ss or ISO yyyy-MM-ddTHH:mm:ss";

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+.*)?");
  // Fitbit account exports: 04/21/20 17:25:23 (US month/day, two-digit year).
  private static final Pattern US_SHORT =
      Pattern.compile("(\\d{2})/(\\d{2})/(\\d{2})(?: \\d{2}:\\d{2}(?::\\d{2})?)?");
  // Fitabase: 4/12/2016 or 4/12/2016 12:00:00 AM (US month/day).
  private static final Pattern US_LONG =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?(?: [AaPp][Mm])?)?");
  private static final Pattern TIME = Pattern.compile("[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
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

  /**
   * Reads a Fitbit date or date-time: ISO as {@link #iso} reads it ({@code 2019-11-01 14:56:32},
   * {@code 2019-11-02T07:19:30.000}, {@code 2019-11-02}) or US month/day with a two-digit year
   * ({@code 04/21/20 17:25:23}); null when it is neither or names no day of the calendar.
   */
  static LocalDate fitbit(String text) {
    LocalDate iso = iso(text);
    if (iso != null) {
      return iso;
    }
    Matcher m = US_SHORT.matcher(text.strip());
    return m.matches() ? day("20" + m.group(3), m.group(1), m.group(2)) : null;
  }

  /** Reads a Fitabase date, US month/day ({@code 4/12/2016 12:00:00 AM}); null when not one. */
  static LocalDate fitabase(String text) {
    Matcher m = US_LONG.matcher(text.strip());
    return m.matches() ? day(m.group(3), m.group(1), m.group(2)) : null;
  }

  /**
   * Returns the time of day of a date-time as {@code HH:mm:ss}, as written (no offset applied), or
   * null when the text has no time.
   */
  static String time(String text) {
    Matcher m = TIME.matcher(text);
    if (!m.find()) {
      return null;
    }
    int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return String.format(
        Locale.ROOT,
        "%02d:%02d:%02d",
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        seconds);
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
