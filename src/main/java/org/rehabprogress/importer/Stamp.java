package org.rehabprogress.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date or date-time as an export wrote it: the calendar day written, the time of day if any (as
 * written, not yet checked), and whether the time is in UTC ({@code Z}, or a source that writes UTC
 * without saying so, like Strava). A stamp in UTC is dated in the zone the user gives (SPEC section
 * 7); any other stamp keeps the day it was written on, in its own offset.
 *
 * @param day the calendar day as written, a real day of the calendar
 * @param hour the hour as written, or -1 when there is no time
 * @param minute the minute as written (0 when there is no time)
 * @param second the second as written (0 when not written)
 * @param utc whether the time is in UTC
 * @param offset the offset written with the time, or null (for {@code Z}, {@link ZoneOffset#UTC})
 */
record Stamp(LocalDate day, int hour, int minute, int second, boolean utc, ZoneOffset offset) {

  /** An instant as the notes write it: seconds always, Z for UTC. */
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /** Returns a stamp of a day with no time. */
  static Stamp day(LocalDate day) {
    return new Stamp(day, -1, 0, 0, false, null);
  }

  /** Returns whether the stamp has a time of day. */
  boolean hasTime() {
    return hour >= 0;
  }

  /** Returns whether the time of day, if any, is one a clock can show (00:00:00-23:59:59). */
  boolean timeIsPossible() {
    // A leap second (:60) is a real time; java.time folds it into the next second.
    return !hasTime() || hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
  }

  /**
   * Returns the day this stamp is dated on: for a time in UTC, the day in {@code zone} at that
   * instant; otherwise the day as written.
   */
  LocalDate date(ZoneId zone) {
    if (!utc || !hasTime()) {
      return day;
    }
    return local().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
  }

  /**
   * Returns the instant as a date-time with its offset, in {@code zone} for a UTC time and in its
   * own offset otherwise ({@code 2021-08-22T20:26:50-07:00}); null without a time or an offset.
   */
  String instant(ZoneId zone) {
    if (!hasTime() || (!utc && offset == null)) {
      return null;
    }
    if (utc) {
      return local()
          .atOffset(ZoneOffset.UTC)
          .atZoneSameInstant(zone)
          .toOffsetDateTime()
          .format(INSTANT);
    }
    return local().atOffset(offset).format(INSTANT);
  }

  /** Returns the time of day as {@code HH:mm:ss} in the zone the stamp is dated in, or null. */
  String clock(ZoneId zone) {
    if (!hasTime()) {
      return null;
    }
    LocalDateTime at =
        utc ? local().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime() : local();
    return String.format(
        Locale.ROOT, "%02d:%02d:%02d", at.getHour(), at.getMinute(), at.getSecond());
  }

  private LocalDateTime local() {
    return day.atTime(hour, minute, Math.min(second, 59));
  }
}
