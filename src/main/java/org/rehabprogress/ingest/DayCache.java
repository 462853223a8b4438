package org.rehabprogress.ingest;

import org.rehabprogress.ingest.bytes.ByteWords;

/**
 * The epoch days of a piece's ISO dates, read from bytes, remembering the row before: its day is
 * reused when a row's date bytes are the same (the rows of a day follow each other), and a day of
 * the same month costs its two digits (the days of a month follow each other).
 */
final class DayCache {

  private long lastHead = -1;
  private int lastTail = -1;
  private int lastDay;
  private int monthStart;
  private int monthLength;

  /**
   * Returns the epoch day of the ISO date written in {@code b[from, to)}, as {@link
   * Dates#parseIso(byte[], int, int)} does.
   */
  int day(byte[] b, int from, int to) {
    if (to - from != 10) {
      return Dates.INVALID;
    }
    long head = ByteWords.at(b, from); // "yyyy-MM-"
    int tail = (b[from + 8] << 8) | (b[from + 9] & 0xFF);
    if (head == lastHead) {
      if (tail == lastTail) {
        return lastDay;
      }
      // A day of the same month: every day of a valid month is in range (1900-2100).
      int tens = b[from + 8] - '0';
      int units = b[from + 9] - '0';
      if (tens >= 0 && tens <= 9 && units >= 0 && units <= 9) {
        int dayOfMonth = tens * 10 + units;
        if (dayOfMonth >= 1 && dayOfMonth <= monthLength) {
          lastTail = tail;
          lastDay = monthStart + dayOfMonth - 1;
          return lastDay;
        }
      }
    }
    int epochDay = Dates.parseIso(b, from, to);
    if (epochDay != Dates.INVALID) {
      int dayOfMonth = (b[from + 8] - '0') * 10 + (b[from + 9] - '0');
      int month = (b[from + 5] - '0') * 10 + (b[from + 6] - '0');
      int year = Dates.yearOf(b, from);
      lastHead = head;
      lastTail = tail;
      lastDay = epochDay;
      monthStart = epochDay - dayOfMonth + 1;
      monthLength = Dates.lengthOfMonth(year, month);
    }
    return epochDay;
  }
}
