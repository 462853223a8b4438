package org.rehabprogress.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the exact repeats of an assembled file. Exact repeats share a patient and a day, so they
 * are searched within each patient-day group, never with a file-wide hash set.
 */
final class Repeats {

  /**
   * Says whether two rows of a patient-day group whose text hashes are equal are the same in every
   * parsed field.
   */
  interface SameRow {
    boolean same(int i, int j);
  }

  private Repeats() {}

  /**
   * Finds the exact repeats of a file's rows, sorted by patient and day: a row the same as an
   * earlier row of its patient-day group that is not itself a repeat. Returns those rows,
   * ascending, and adds a {@link Duplicate} for each to {@code out}, in line order.
   *
   * @param suspects in input that came sorted, the first row of each group in which two rows share
   *     a hash (only those can hold a repeat); null to search every group
   */
  static int[] find(
      String file,
      int n,
      int[] patient,
      int[] day,
      int[] line,
      int[] hash,
      IntList suspects,
      SameRow same,
      List<Duplicate> out) {
    IntList dropped = new IntList(16);
    if (suspects != null) {
      // Sorted input: only the days where two rows share a text hash can hold a repeat.
      for (int s = 0; s < suspects.size(); s++) {
        int from = suspects.get(s);
        int to = from + 1;
        while (to < n && patient[to] == patient[from] && day[to] == day[from]) {
          to++;
        }
        group(file, line, hash, same, from, to, dropped, out);
      }
    } else {
      int groupStart = 0;
      for (int i = 1; i <= n; i++) {
        if (i < n && patient[i] == patient[groupStart] && day[i] == day[groupStart]) {
          continue;
        }
        if (i - groupStart > 1) {
          group(file, line, hash, same, groupStart, i, dropped, out);
        }
        groupStart = i;
      }
    }
    out.sort(Comparator.comparingLong(Duplicate::line));
    return Arrays.copyOf(dropped.array(), dropped.size());
  }

  /**
   * Marks the exact repeats among the rows {@code [from, to)} of one patient and day: a row that is
   * the same as an earlier row of the day not itself a repeat.
   */
  private static void group(
      String file,
      int[] line,
      int[] hash,
      SameRow same,
      int from,
      int to,
      IntList dropped,
      List<Duplicate> out) {
    // The group's repeats are the entries of dropped from here on (no array per group: in input
    // that came unsorted every group of two or more rows is searched).
    int mark = dropped.size();
    for (int j = from + 1; j < to; j++) {
      for (int k = from; k < j; k++) {
        // Rows of a day mostly differ: their hashes tell most pairs apart without a call.
        if (hash[k] == hash[j] && !dropped(dropped, mark, k) && same.same(k, j)) {
          dropped.add(j);
          out.add(new Duplicate(file, line[j], line[k]));
          break;
        }
      }
    }
  }

  /** Returns whether row {@code k} is among the entries of {@code dropped} from {@code mark} on. */
  private static boolean dropped(IntList dropped, int mark, int k) {
    for (int d = mark; d < dropped.size(); d++) {
      if (dropped.get(d) == k) {
        return true;
      }
    }
    return false;
  }
}
