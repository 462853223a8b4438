package org.rehabprogress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of Bearable's cells: symptom details, severities, sleep durations and ratings. */
final class BearableEntries {

  /** Bearable's symptom severity words and their 0-4 ratings. */
  private static final Map<String, Integer> SEVERITY =
      Map.of("none", 0, "mild", 1, "moderate", 2, "severe", 3, "unbearable", 4);

  private static final Pattern TRAILING_WORD = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern ASLEEP =
      Pattern.compile("(?i)asleep\\s+(\\d{1,2}):(\\d{2})\\s*[-\\u2013]\\s*(\\d{1,2}):(\\d{2})");
  private static final Pattern IN_BED = Pattern.compile("(?i)\\bin\\s+bed\\b");

  private BearableEntries() {}

  /** A symptom detail split into its name and the severity word in its last parentheses. */
  record Detail(String name, Integer severity) {}

  /**
   * Splits a detail like {@code Back (lower) pain (Mild)} into {@code Back (lower) pain} and 1; a
   * detail without a trailing severity word keeps its whole text as the name, with a null severity.
   */
  static Detail detail(String text) {
    String t = text.strip();
    Matcher m = TRAILING_WORD.matcher(t);
    if (m.matches()) {
      Integer severity = SEVERITY.get(m.group(2).strip().toLowerCase(Locale.ROOT));
      if (severity != null) {
        return new Detail(m.group(1), severity);
      }
    }
    return new Detail(t, null);
  }

  /**
   * Returns whether a sleep entry's detail gives in-bed time but no asleep interval ({@code In bed
   * 23:00 - 07:30}): its amount is then time in bed, which is not sleep (SPEC section 7).
   */
  static boolean inBedOnly(String detail) {
    return IN_BED.matcher(detail).find() && !ASLEEP.matcher(detail).find();
  }

  /**
   * Returns the hours of a sleep entry: {@code rating/amount} as {@code h:mm} or a decimal number
   * of hours, else the asleep span of the detail ({@code Asleep 23:40 - 07:10}, through midnight
   * when the end is earlier); the in-bed span is not sleep. Null when neither can be read.
   */
  static Double sleepHours(String amount, String detail) {
    Matcher clock = CLOCK.matcher(amount.strip());
    if (clock.matches()) {
      return Integer.parseInt(clock.group(1)) + Integer.parseInt(clock.group(2)) / 60.0;
    }
    if (!amount.isBlank()) {
      return MeasureValues.number(amount);
    }
    Matcher asleep = ASLEEP.matcher(detail);
    if (!asleep.find()) {
      return null;
    }
    int from = Integer.parseInt(asleep.group(1)) * 60 + Integer.parseInt(asleep.group(2));
    int to = Integer.parseInt(asleep.group(3)) * 60 + Integer.parseInt(asleep.group(4));
    return Math.floorMod(to - from, 24 * 60) / 60.0;
  }

  /** Returns why a clock time of day is impossible ({@code 25:00}), or null. */
  static Fault timeOfDay(String written) {
    Matcher clock = TIME_OF_DAY.matcher(written.strip());
    if (!clock.matches()) {
      return null;
    }
    int hour = Integer.parseInt(clock.group(1));
    int minute = Integer.parseInt(clock.group(2));
    int second = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
    if (hour <= 23 && minute <= 59 && second <= 59) {
      return null;
    }
    return new Fault(
        "time of day",
        written,
        "time of day \""
            + written
            + "\" has no such time; hours run 00-23 and minutes and seconds 00-59");
  }

  /**
   * Returns the event text of a medication entry: {@code medication: <detail>}, then the amount
   * when it is not 1 ({@code x2}, or as written when it is not a number) and the time of day, so
   * that two doses on one day are two events ({@code medication: Lisdexamfetamine 40 mg 07:00}).
   */
  static String medication(String detail, String amount, String timeOfDay) {
    List<String> parts = new ArrayList<>(List.of("medication: " + detail));
    Double count = MeasureValues.number(amount);
    if (!amount.isEmpty() && (count == null || count != 1.0)) {
      parts.add(count == null ? amount : "x" + MeasureValues.plain(count));
    }
    if (!timeOfDay.isEmpty()) {
      parts.add(timeOfDay);
    }
    return String.join(" ", parts);
  }
}
