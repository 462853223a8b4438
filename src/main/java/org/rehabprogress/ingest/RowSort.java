package org.rehabprogress.ingest;

import java.util.Arrays;

/**
 * Sorts the rows of a file's columns in place by patient, then day, then line, for input that did
 * not come grouped by patient and dated.
 *
 * <p>Why in place: a permutation into new arrays holds a second copy of every column while it runs,
 * which nearly doubled the memory of unsorted input (8.6 GB of heap against 4.8 GB for the same 110
 * M rows sorted); even an order array with one spare column would add 12 bytes to a row of 32 or
 * 56. Here nothing is allocated per row: the rows are swapped into their patients' ranges (an
 * American flag sort, one row held aside, in passes of up to 256 buckets so that the swaps stay in
 * the caches), which does not keep the input order within a patient; each patient's rows are then
 * put in order of day and line through buffers of one patient's size. The line is unique to a row
 * and ascends in input order, so the result is exactly that of a stable sort by patient and day.
 */
final class RowSort {

  /**
   * Buffers for one patient's rows, grown to the largest patient's count: 12 bytes a row of the
   * largest patient (a few KB for a diary of years), and a count per day of its days.
   */
  private static final class Scratch {
    long[] keys = new long[0];
    int[] order = new int[0];
    int[] counts = new int[0];

    void fit(int rows) {
      if (keys.length < rows) {
        keys = new long[rows];
        order = new int[rows];
      }
    }
  }

  /**
   * The buckets of one pass are at most 2^8: the next free place of each, in every column, then
   * stays in the processor's caches (256 buckets x 10 columns of 64-byte lines is 160 KB), so that
   * a swap rarely waits for memory; one pass into 100,000 patients' ranges waits for memory at
   * almost every row (measured: a pass into 10,000 patients took four times as long as the two
   * passes through 256 buckets that replace it).
   */
  private static final int FANOUT_BITS = 8;

  private RowSort() {}

  /**
   * Sorts rows {@code [0, n)} in place by patient code, then day, then line, moving every column's
   * value of a row with it; returns the first row of each patient code, with {@code n} at index
   * {@code patients}.
   *
   * @param patient patient codes in {@code 0 .. patients - 1}
   * @param day epoch days in {@link Dates#MIN_DAY} .. {@link Dates#MAX_DAY}
   * @param line line numbers, positive and unique to a row
   * @param ints the file's other int columns
   * @param doubles the file's double columns
   */
  static int[] sort(
      int n, int patients, int[] patient, int[] day, int[] line, int[][] ints, double[][] doubles) {
    int[][] columns = new int[ints.length + 3][];
    columns[0] = patient;
    columns[1] = day;
    columns[2] = line;
    System.arraycopy(ints, 0, columns, 3, ints.length);
    int[] start = new int[patients + 1];
    for (int i = 0; i < n; i++) {
      start[patient[i] + 1]++;
    }
    for (int p = 0; p < patients; p++) {
      start[p + 1] += start[p];
    }
    distribute(columns, doubles, start, 0, patients);
    Scratch scratch = new Scratch();
    for (int p = 0; p < patients; p++) {
      order(columns, doubles, start[p], start[p + 1], scratch);
    }
    return start;
  }

  /**
   * Returns the row that holds the given patient, day and line after {@link #sort}, by binary
   * search within the patient's rows; -1 when no row does.
   *
   * @param start the first row of each patient, as {@link #sort} returns it
   */
  static int find(int[] start, int[] day, int[] line, int patient, int d, int l) {
    int lo = start[patient];
    int hi = start[patient + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = day[mid] != d ? Integer.compare(day[mid], d) : Integer.compare(line[mid], l);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Moves the rows of patients {@code [low, high)}, which are rows {@code [start[low],
   * start[high])}, each into its patient's range: first into at most {@code 2^FANOUT_BITS} buckets
   * of consecutive patients, then the rows of each bucket in the same way.
   */
  private static void distribute(int[][] ints, double[][] doubles, int[] start, int low, int high) {
    int span = high - low;
    if (span <= 1 || start[high] - start[low] <= 1) {
      return;
    }
    int shift = Math.max(0, bits(span - 1) - FANOUT_BITS);
    int buckets = ((span - 1) >>> shift) + 1;
    int[] first = new int[buckets + 1];
    for (int b = 0; b <= buckets; b++) {
      first[b] = start[Math.min(high, low + (b << shift))];
    }
    swapIntoBuckets(ints, doubles, first, low, shift);
    if (shift > 0) {
      for (int b = 0; b < buckets; b++) {
        distribute(
            ints, doubles, start, low + (b << shift), Math.min(high, low + ((b + 1) << shift)));
      }
    }
  }

  /** Returns the number of bits of a value at least 0. */
  private static int bits(int value) {
    return 32 - Integer.numberOfLeadingZeros(value);
  }

  /**
   * Moves each row into its bucket, {@code [first[b], first[b + 1])} for the patients whose code
   * less {@code low} shifted right by {@code shift} is {@code b}: for each bucket in turn, a row
   * that belongs elsewhere is held aside and swapped into the next free place of its bucket, taking
   * the row found there, until the row in hand belongs here. Buckets already filled are never
   * visited again, so each row moves at most once.
   */
  private static void swapIntoBuckets(
      int[][] ints, double[][] doubles, int[] first, int low, int shift) {
    int buckets = first.length - 1;
    int[] patient = ints[0];
    int[] next = Arrays.copyOf(first, buckets);
    int[] heldInts = new int[ints.length];
    double[] heldDoubles = new double[doubles.length];
    for (int here = 0; here < buckets; here++) {
      int end = first[here + 1];
      for (int i = next[here]; i < end; i = ++next[here]) {
        int owner = (patient[i] - low) >>> shift;
        if (owner == here) {
          continue;
        }
        for (int c = 0; c < ints.length; c++) {
          heldInts[c] = ints[c][i];
        }
        for (int c = 0; c < doubles.length; c++) {
          heldDoubles[c] = doubles[c][i];
        }
        while (owner != here) {
          int to = next[owner]++;
          owner = (patient[to] - low) >>> shift;
          for (int c = 0; c < ints.length; c++) {
            int[] column = ints[c];
            int taken = column[to];
            column[to] = heldInts[c];
            heldInts[c] = taken;
          }
          for (int c = 0; c < doubles.length; c++) {
            double[] column = doubles[c];
            double taken = column[to];
            column[to] = heldDoubles[c];
            heldDoubles[c] = taken;
          }
        }
        for (int c = 0; c < ints.length; c++) {
          ints[c][i] = heldInts[c];
        }
        for (int c = 0; c < doubles.length; c++) {
          doubles[c][i] = heldDoubles[c];
        }
      }
    }
  }

  /** Puts the rows {@code [from, to)} of one patient in order of day, then line. */
  private static void order(int[][] ints, double[][] doubles, int from, int to, Scratch s) {
    int[] day = ints[1];
    int[] line = ints[2];
    boolean sorted = true;
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    for (int i = from; i < to; i++) {
      int d = day[i];
      sorted &= i == from || d > day[i - 1] || (d == day[i - 1] && line[i] > line[i - 1]);
      minDay = Math.min(minDay, d);
      maxDay = Math.max(maxDay, d);
    }
    if (sorted) {
      return;
    }
    int rows = to - from;
    s.fit(rows);
    if (maxDay - minDay <= 2L * rows + 64) {
      orderByCounting(day, line, from, rows, minDay, maxDay - minDay + 1, s);
    } else {
      orderInTwoSorts(day, line, from, rows, s);
    }
    move(ints, doubles, from, rows, s);
  }

  /**
   * Sets {@code s.order} to the rows of a patient by day, then line, for a patient whose days are
   * about as many as its rows (the usual diary): a counting sort by day, then the few rows of each
   * day by line.
   */
  private static void orderByCounting(
      int[] day, int[] line, int from, int rows, int minDay, int days, Scratch s) {
    if (s.counts.length < days + 1) {
      s.counts = new int[days + 1];
    }
    int[] count = s.counts;
    Arrays.fill(count, 0, days + 1, 0);
    for (int k = 0; k < rows; k++) {
      count[day[from + k] - minDay + 1]++;
    }
    for (int d = 0; d < days; d++) {
      count[d + 1] += count[d];
    }
    int[] order = s.order;
    for (int k = 0; k < rows; k++) {
      order[count[day[from + k] - minDay]++] = k;
    }
    // count[d] is now where day d's rows end.
    for (int d = 0, start = 0; d < days; start = count[d++]) {
      int end = count[d];
      if (end - start <= 16) {
        for (int k = start + 1; k < end; k++) {
          int o = order[k];
          int l = line[from + o];
          int j = k - 1;
          while (j >= start && line[from + order[j]] > l) {
            order[j + 1] = order[j];
            j--;
          }
          order[j + 1] = o;
        }
      } else {
        long[] keys = s.keys;
        for (int k = start; k < end; k++) {
          keys[k] = ((long) line[from + order[k]] << 32) | order[k];
        }
        Arrays.sort(keys, start, end);
        for (int k = start; k < end; k++) {
          order[k] = (int) keys[k];
        }
      }
    }
  }

  /**
   * Sets {@code s.order} to the rows of a patient by day, then line, in two sorts: by line, then by
   * day keeping the order of lines.
   */
  private static void orderInTwoSorts(int[] day, int[] line, int from, int rows, Scratch s) {
    long[] keys = s.keys;
    int[] order = s.order;
    // Lines are positive ints and rows fewer than 2^31: a line and a row fit a long's two halves.
    for (int k = 0; k < rows; k++) {
      keys[k] = ((long) line[from + k] << 32) | k;
    }
    Arrays.sort(keys, 0, rows);
    for (int k = 0; k < rows; k++) {
      order[k] = (int) keys[k];
    }
    for (int k = 0; k < rows; k++) {
      keys[k] = ((long) (day[from + order[k]] - Dates.MIN_DAY) << 32) | k;
    }
    Arrays.sort(keys, 0, rows);
    for (int k = 0; k < rows; k++) {
      keys[k] = order[(int) keys[k]];
    }
    for (int k = 0; k < rows; k++) {
      order[k] = (int) keys[k];
    }
  }

  /**
   * Puts the rows {@code from + s.order[k]} at {@code from + k}, in every column, through the keys'
   * buffer (a double's bits are kept exactly, NaN included).
   */
  private static void move(int[][] ints, double[][] doubles, int from, int rows, Scratch s) {
    int[] order = s.order;
    long[] buffer = s.keys;
    for (int[] column : ints) {
      for (int k = 0; k < rows; k++) {
        buffer[k] = column[from + order[k]];
      }
      for (int k = 0; k < rows; k++) {
        column[from + k] = (int) buffer[k];
      }
    }
    for (double[] column : doubles) {
      for (int k = 0; k < rows; k++) {
        buffer[k] = Double.doubleToRawLongBits(column[from + order[k]]);
      }
      for (int k = 0; k < rows; k++) {
        column[from + k] = Double.longBitsToDouble(buffer[k]);
      }
    }
  }
}
