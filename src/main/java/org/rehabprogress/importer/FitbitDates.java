package org.rehabprogress.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates Fitbit exports write, read without a clock or a locale; a date-time gives the date as
 * written, in its own offset.
 */
final class FitbitDates {

  /** The forms accepted, as reject reasons state them. */
  static final String FORMS = "MM/dd/yy HH:mm:ss, yyyy-MM-dd HH:mm:ss or ISO yyyy-MM-ddTHH:mm:ss";

  // Account exports: 04/21/20 17:25:23 (US month/day, two-digit year).
  private static final Pattern US_SHORT =
      Pattern.compile("(\\d{2})/(\\d{2})/(\\d{2})(?: \\d{2}:\\d{2}(?::\\d{2})?)?");
  // Fitabase: 4/12/2016 or 4/12/2016 12:00:00 AM (US month/day).
  private static final Pattern US_LONG =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?(?: [AaPp][Mm])?)?");
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final Pattern TIME = Pattern.compile("[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  private FitbitDates() {}

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

  /**
   * Returns the date of a Fitbit date or date-time ({@code 04/21/20 17:25:23}, {@code 2019-11-01
   * 14:56:32}, {@code 2019-11-02T07:19:30.000}, {@code 2019-11-01T08:31:40.751Z}, {@code
   * 2019-11-02}), or null when it is none of those or names no day of the calendar.
   */
  static LocalDate date(String text) {
    String t = text.strip();
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = US_SHORT.matcher(t);
    if (m.matches()) {
      return day("20" + m.group(3), m.group(1), m.group(2));
    }
    return null;
  }

  /** Returns the date of a Fitabase date ({@code 4/12/2016 12:00:00 AM}), or null. */
  static LocalDate fitabase(String text) {
    Matcher m = US_LONG.matcher(text.strip());
    return m.matches() ? day(m.group(3), m.group(1), m.group(2)) : null;
  }

  private static LocalDate day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
