package org.rehabprogress.privacy;

import java.time.LocalDate;

/** ISO text of epoch days, made once per day: millions of rows share a few thousand days. */
final class DayText {

  private static final int FIRST = (int) LocalDate.of(1900, 1, 1).toEpochDay();
  private static final int LAST = (int) LocalDate.of(2100, 12, 31).toEpochDay();

  private final String[] cache = new String[LAST - FIRST + 1];

  /** Returns {@code yyyy-MM-dd} of an epoch day. */
  String of(int epochDay) {
    if (epochDay < FIRST || epochDay > LAST) {
      return LocalDate.ofEpochDay(epochDay).toString();
    }
    String text = cache[epochDay - FIRST];
    if (text == null) {
      text = LocalDate.ofEpochDay(epochDay).toString();
      cache[epochDay - FIRST] = text;
    }
    return text;
  }
}
