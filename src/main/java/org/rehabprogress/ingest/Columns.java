package org.rehabprogress.ingest;

import java.util.List;
import java.util.function.Function;

/**
 * Column operations for assembling pieces into one patient-sorted log: gathering the pieces' rows
 * to the front of their shared array, rebasing their codes and lines in one pass, and dropping rows
 * from every column in one pass ({@link RowSort} sorts rows that came in another order). Each is
 * one loop over the rows, so that a cold run compiles few of them.
 */
final class Columns {

  private Columns() {}

  /**
   * Returns one column of all pieces, rows in piece order from index 0: moved within the pieces'
   * shared array when no piece spilled out of its region, else copied into a new array.
   */
  static <P> int[] gather(List<P> pieces, Function<P, IntList> column, int total) {
    int[] shared = column.apply(pieces.get(0)).array();
    boolean inPlace = true;
    for (P piece : pieces) {
      inPlace &= column.apply(piece).array() == shared;
    }
    int[] out = inPlace ? shared : new int[total];
    int at = 0;
    for (P piece : pieces) {
      IntList list = column.apply(piece);
      System.arraycopy(list.array(), list.offset(), out, at, list.size());
      at += list.size();
    }
    return out;
  }

  /** Returns one double column of all pieces, as {@link #gather(List, Function, int)}. */
  static <P> double[] gatherDoubles(List<P> pieces, Function<P, DoubleList> column, int total) {
    double[] shared = column.apply(pieces.get(0)).array();
    boolean inPlace = true;
    for (P piece : pieces) {
      inPlace &= column.apply(piece).array() == shared;
    }
    double[] out = inPlace ? shared : new double[total];
    int at = 0;
    for (P piece : pieces) {
      DoubleList list = column.apply(piece);
      System.arraycopy(list.array(), list.offset(), out, at, list.size());
      at += list.size();
    }
    return out;
  }

  /**
   * Rebases gathered rows in place in one pass: rows {@code [start[p], start[p+1])} of piece {@code
   * p} get their patient code through {@code patientMaps[p]}, {@code lineShift[p]} added to their
   * line, and each other coded column's code through {@code codeMaps[k][p]} (-1 stays -1). Returns
   * whether the rows are then sorted by patient, then day; while they are, adds to {@code suspects}
   * the first row of each patient-day group in which two rows share a hash, the only groups that
   * can hold an exact repeat.
   */
  static boolean rebase(
      int[] patient,
      int[] day,
      int[] line,
      int[] hash,
      int[] start,
      int[][] patientMaps,
      int[] lineShift,
      int[][] coded,
      int[][][] codeMaps,
      IntList suspects) {
    boolean sorted = true;
    int previousPatient = Integer.MIN_VALUE;
    int previousDay = Integer.MIN_VALUE;
    int groupStart = 0;
    int suspect = -1;
    for (int p = 0; p < patientMaps.length; p++) {
      int[] map = patientMaps[p];
      int shift = lineShift[p];
      for (int i = start[p], to = start[p + 1]; i < to; i++) {
        int code = map[patient[i]];
        int d = day[i];
        patient[i] = code;
        line[i] += shift;
        for (int k = 0; k < coded.length; k++) {
          int v = coded[k][i];
          if (v >= 0) {
            coded[k][i] = codeMaps[k][p][v];
          }
        }
        if (code != previousPatient || d != previousDay) {
          groupStart = i;
        } else if (suspect != groupStart && sorted) {
          for (int g = groupStart; g < i; g++) {
            if (hash[g] == hash[i]) {
              suspects.add(groupStart);
              suspect = groupStart;
              break;
            }
          }
        }
        sorted &= code > previousPatient || (code == previousPatient && d >= previousDay);
        previousPatient = code;
        previousDay = d;
      }
    }
    return sorted;
  }

  /**
   * Moves the first {@code n} rows of every column up over the rows in {@code dropped} (ascending),
   * keeping their order: one block copy per run of kept rows.
   */
  static void compact(int[] dropped, int n, int[][] ints, double[][] doubles) {
    if (dropped.length == 0) {
      return;
    }
    int at = dropped[0];
    for (int k = 0; k < dropped.length; k++) {
      int from = dropped[k] + 1;
      int length = (k + 1 < dropped.length ? dropped[k + 1] : n) - from;
      for (int[] column : ints) {
        System.arraycopy(column, from, column, at, length);
      }
      for (double[] column : doubles) {
        System.arraycopy(column, from, column, at, length);
      }
      at += length;
    }
  }
}
