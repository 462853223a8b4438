package org.rehabprogress.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.ingest.Problem;

/**
 * Dates as the exports write them, read by hand with English month names: no clock, no default
 * locale. Each reader returns a {@link Stamp} (the day and time as written) or null when the text
 * is not such a date; {@link #dated} then checks the time of day and the canonical range and dates
 * the stamp, a UTC time in the user's zone.
 */
final class SourceDates {

  /** The forms of a Fitbit date-time, as reject reasons state them. */
  static final String FITBIT_FORMS =
      "MM/dd/yy HH:mm:ss, yyyy-MM-dd HH:mm:ss or ISO yyyy-MM-ddTHH:mm:ss";

  /** The range the canonical reader accepts, as reasons state it. */
  static final String RANGE = "1900-01-01 to 2100-12-31";

  private static final String TIME = "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)";
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})" + "(?:" + TIME + " ?(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
              + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
  // Fitbit account exports: 04/21/20 17:25:23 (US month/day, two-digit year).
  private static final Pattern US_SHORT =
      Pattern.compile("(\\d{2})/(\\d{2})/(\\d{2})(?: (\\d{2}):(\\d{2})(?::(\\d{2}))?)?");
  // Fitabase: 4/12/2016 or 4/12/2016 12:00:00 AM (US month/day).
  private static final Pattern US_LONG =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?: ([AaPp][Mm]))?)?");
  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private SourceDates() {}

  /** A date for the canonical files, or why a source's date cannot be one. */
  record Dated(LocalDate date, Fault fault) {}

  /**
   * Checks a stamp and dates it (SPEC section 7): a text that is no date gets {@code <field> "x" is
   * not a date; expected <expected>}, an impossible time of day ({@code T25:00}) its own reason,
   * and a date outside 1900-01-01..2100-12-31 the canonical reader's reason; a time in UTC is dated
   * in {@code zone}.
   *
   * @param stamp the stamp read from {@code written}, or null when it is not a date
   */
  static Dated dated(String field, String written, Stamp stamp, String expected, ZoneId zone) {
    if (stamp == null) {
      return new Dated(
          null, new Fault(field, written, new Problem.BadDate(field, written, expected).reason()));
    }
    if (!stamp.timeIsPossible()) {
      return new Dated(
          null,
          new Fault(
              field,
              written,
              field
                  + " \""
                  + written
                  + "\" has no such time of day; hours run 00-23 and minutes and seconds 00-59"));
    }
    LocalDate date = stamp.date(zone);
    long day = date.toEpochDay();
    if (day < Dates.MIN_DAY || day > Dates.MAX_DAY) {
      return new Dated(
          null,
          new Fault(
              field,
              written,
              new Problem.OutOfRange(field, written, RANGE, "check the year").reason()));
    }
    return new Dated(date, null);
  }

  /**
   * Reads an ISO date or date-time ({@code 2022-12-28}, {@code 2022-12-28 17:39:03}, {@code
   * 2021-08-23T03:26:50Z}, {@code 2021-08-23T22:10:00-05:00}, {@code 2017-01-01 10:00:00 +0100});
   * {@code Z} marks a time in UTC. Null when the text is not one or names no day of the calendar.
   */
  static Stamp iso(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    LocalDate day = day(m.group(1), m.group(2), m.group(3));
    if (day == null) {
      return null;
    }
    if (m.group(4) == null) {
      return Stamp.day(day);
    }
    String zone = m.group(7);
    boolean utc = "Z".equalsIgnoreCase(zone);
    ZoneOffset offset = null;
    if (utc) {
      offset = ZoneOffset.UTC;
    } else if (zone != null) {
      offset = offset(zone);
      if (offset == null) {
        return null;
      }
    }
    return new Stamp(
        day,
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
        utc,
        offset);
  }

  /** Reads an ISO date-time written in UTC without saying so (Strava's pre-2019 export). */
  static Stamp isoInUtc(String text) {
    Stamp stamp = iso(text);
    if (stamp == null || !stamp.hasTime() || stamp.offset() != null) {
      return stamp;
    }
    return new Stamp(
        stamp.day(), stamp.hour(), stamp.minute(), stamp.second(), true, ZoneOffset.UTC);
  }

  /**
   * Reads a day-month-year date with an English month name and an optional ordinal suffix, as
   * Bearable writes it ({@code 22nd Sep 2020}, {@code 1 September 2020}); null when it is not one.
   */
  static Stamp dayMonthYear(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text.strip());
    LocalDate day = m.matches() ? day(m.group(3), month(m.group(2)), m.group(1)) : null;
    return day == null ? null : Stamp.day(day);
  }

  /**
   * Reads a month-day-year date with an English month name, as Strava writes it ({@code Oct 6,
   * 2022, 11:19:20 PM}), the time in UTC; null when it is not one.
   */
  static Stamp monthDayYear(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    LocalDate day = day(m.group(3), month(m.group(1)), m.group(2));
    if (day == null) {
      return null;
    }
    if (m.group(4) == null) {
      return Stamp.day(day);
    }
    int hour = twelveHour(Integer.parseInt(m.group(4)), m.group(7));
    return new Stamp(
        day,
        hour,
        Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
        true,
        ZoneOffset.UTC);
  }

  /**
   * Reads a Fitbit date or date-time: ISO as {@link #iso} reads it ({@code 2019-11-01 14:56:32},
   * {@code 2019-11-02T07:19:30.000}, {@code 2019-11-02}) or US month/day with a two-digit year
   * ({@code 04/21/20 17:25:23}); null when it is neither or names no day of the calendar.
   */
  static Stamp fitbit(String text) {
    Stamp iso = iso(text);
    if (iso != null) {
      return iso;
    }
    Matcher m = US_SHORT.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    LocalDate day = day("20" + m.group(3), m.group(1), m.group(2));
    if (day == null) {
      return null;
    }
    if (m.group(4) == null) {
      return Stamp.day(day);
    }
    return new Stamp(
        day,
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
        false,
        null);
  }

  /** Reads a Fitabase date, US month/day ({@code 4/12/2016 12:00:00 AM}); null when not one. */
  static Stamp fitabase(String text) {
    Matcher m = US_LONG.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    LocalDate day = day(m.group(3), m.group(1), m.group(2));
    if (day == null) {
      return null;
    }
    if (m.group(4) == null) {
      return Stamp.day(day);
    }
    int hour = Integer.parseInt(m.group(4));
    return new Stamp(
        day,
        m.group(7) == null ? hour : twelveHour(hour, m.group(7)),
        Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
        false,
        null);
  }

  /** Returns an hour of a 12-hour clock on the 24-hour clock; 99 (impossible) for hour 0 or 13+. */
  private static int twelveHour(int hour, String meridiem) {
    if (meridiem == null) {
      return hour;
    }
    if (hour < 1 || hour > 12) {
      return 99;
    }
    boolean pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
    return hour % 12 + (pm ? 12 : 0);
  }

  private static ZoneOffset offset(String text) {
    String t = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
    try {
      return ZoneOffset.of(t);
    } catch (DateTimeException e) {
      return null;
    }
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
