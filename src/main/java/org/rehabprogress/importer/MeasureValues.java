package org.rehabprogress.importer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.ingest.Problem;

/** Number parsing and canonical range checks shared by the importers. */
final class MeasureValues {

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private MeasureValues() {}

  /**
   * Returns a plain decimal number ({@code 7}, {@code 7.5}, {@code -1}), or null for any other
   * text.
   */
  static Double number(String text) {
    String t = text.strip();
    return NUMBER.matcher(t).matches() ? Double.valueOf(t) : null;
  }

  /**
   * Returns why a value does not fit a measure's canonical column, or null when it fits. The reason
   * reads like the canonical reader's: {@code pain "12" is out of range 0-10; pain is a 0-10
   * numeric rating}.
   *
   * @param written the value as the source wrote it, quoted in the reason
   */
  static String problem(Measure measure, double value, String written) {
    if (!(value >= measure.min() && value <= measure.max())) {
      return new Problem.OutOfRange(measure.column(), written, range(measure), measure.meaning())
          .reason();
    }
    if (measure.whole() && value != Math.rint(value)) {
      return new Problem.NotWhole(measure.column(), written, measure.meaning()).reason();
    }
    return null;
  }

  /** Returns why a text is not a number for a measure. */
  static String notANumber(Measure measure, String written) {
    return new Problem.NotANumber(measure.column(), written, measure.meaning()).reason();
  }

  /** Returns a measure's range as written in reasons, e.g. {@code 0-10}. */
  static String range(Measure measure) {
    return plain(measure.min()) + "-" + plain(measure.max());
  }

  /** Returns a number without a trailing {@code .0}: {@code 10}, {@code 7.5}. */
  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /**
   * Returns a 1-5 rating (sleep quality in Bearable and PMSys) on the canonical 0-10 scale,
   * linearly: 1 -> 0, 2 -> 2.5, 3 -> 5, 4 -> 7.5, 5 -> 10.
   */
  static double fromOneToFive(double rating) {
    return (rating - 1) * 2.5;
  }

  /** Rounds to two decimals, enough for minutes and hours from clock times. */
  static double round2(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  /** Returns a text lower-cased without locale surprises and stripped. */
  static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
