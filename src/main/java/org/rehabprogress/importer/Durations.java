package org.rehabprogress.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabprogress.canonical.Cells;

/** Activity durations as exports write them, in minutes, checked against the canonical range. */
final class Durations {

  /** The canonical duration_min range, as reject reasons state it. */
  static final String RANGE = "duration_min is above 0 and at most 1440 minutes (24 hours)";

  private static final Pattern CLOCK =
      Pattern.compile("(\\d+):(\\d{1,2})(?::(\\d{1,2}))?(?:[.,](\\d+))?");

  private Durations() {}

  /**
   * Reads {@code h:mm:ss}, {@code hh:mm:ss} or {@code mm:ss}, with optional fractional seconds, as
   * minutes rounded to two decimals; null when the text is not such a time.
   */
  static Double clock(String text) {
    Matcher m = CLOCK.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    double first = Double.parseDouble(m.group(1));
    double second = Double.parseDouble(m.group(2));
    String fraction = m.group(4) == null ? "0" : "0." + m.group(4);
    double minutes;
    if (m.group(3) == null) {
      minutes = first + (second + Double.parseDouble(fraction)) / 60.0;
    } else {
      double seconds = Double.parseDouble(m.group(3)) + Double.parseDouble(fraction);
      minutes = first * 60.0 + second + seconds / 60.0;
    }
    return MeasureValues.round2(minutes);
  }

  /** Returns why a duration in minutes, a finite number, is out of the canonical range. */
  static String outOfRange(double minutes) {
    return "duration " + Cells.decimal(minutes) + " min is out of range; " + RANGE;
  }

  /** Returns whether minutes fit the canonical duration_min range (0, 1440]. */
  static boolean inRange(double minutes) {
    return minutes > 0 && minutes <= 1440;
  }
}
