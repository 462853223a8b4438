package org.rehabprogress.privacy;

import java.util.Arrays;
import java.util.List;

/**
 * The small-cell rules of SPEC section 5 for figures across patients: a count of 1 to {@code
 * minCell - 1}, and any figure computed from that many patients, is hidden as small and shown as
 * {@code <minCell}; a count of 0 is shown. A cell that is not small but could be worked out from a
 * total and the other cells is hidden as complementary and shown as {@code suppressed}. Per-patient
 * rows (per_patient.csv, the waterfall, written only with {@code --per-patient}) are not cells and
 * are not suppressed here: they are meant for anonymised input.
 *
 * @param minCell the fewest patients a shown figure may count or rest on, 1 or more
 */
public record SmallCells(int minCell) {

  /**
   * The default threshold: CMS's cell-size suppression policy shows no cell of 1 to 10
   * beneficiaries, so a shown cell counts at least 11.
   */
  public static final int DEFAULT_MIN_CELL = 11;

  /** Checks the threshold. */
  public SmallCells {
    if (minCell < 1) {
      throw new IllegalArgumentException("min-cell must be 1 or more, got " + minCell);
    }
  }

  /** Returns what a suppressed cell shows: {@code <} and the threshold, e.g. {@code <11}. */
  public String label() {
    return "<" + minCell;
  }

  /** Returns true when {@code patients} is too few to show or to compute a shown figure from. */
  public boolean small(int patients) {
    return patients < minCell;
  }

  /** Returns true when a count is 1 to {@code minCell - 1}: a small cell (0 is not). */
  public boolean smallCell(int patients) {
    return patients > 0 && patients < minCell;
  }

  /** Returns a count of patients as a cell: hidden as small when 1 to minCell - 1; 0 is shown. */
  public Cell count(int patients) {
    return Cell.of(patients, smallCell(patients));
  }

  /**
   * Returns a count that describes who is in the data rather than an outcome (patients left out by
   * a date bound, patients without an analysis), by the same rule as {@link #count}.
   */
  public Cell tally(int patients) {
    return count(patients);
  }

  /**
   * Returns a figure computed from {@code patients} patients: hidden as small when they are 1 to
   * minCell - 1 (from none there is no figure to hide).
   */
  public Cell figure(double value, int patients) {
    return Cell.of(value, smallCell(patients));
  }

  /**
   * Returns why the part {@code k} of a proportion {@code k / n} must be hidden, and with it the
   * share and its interval, or null when it may be shown: small when {@code n} or {@code k} is a
   * small cell; complementary when the rest {@code total - k} of any total the count is shown
   * against ({@code n}, and others such as the intention-to-treat denominator) is one, since the
   * rest could then be worked out.
   *
   * @throws IllegalArgumentException unless {@code 0 <= k <= n <= every total}
   */
  public Cell.Hidden part(int k, int n, int... totals) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + " n=" + n);
    }
    if (smallCell(n) || smallCell(k)) {
      return Cell.Hidden.SMALL;
    }
    boolean complementary = smallCell(n - k);
    for (int total : totals) {
      if (total < n) {
        throw new IllegalArgumentException("a total " + total + " below n=" + n);
      }
      complementary |= smallCell(total - k);
    }
    return complementary ? Cell.Hidden.COMPLEMENTARY : null;
  }

  /**
   * Returns the cells of a table with a total that must be hidden so that no hidden cell can be
   * worked out from the total and the shown cells: while exactly one cell is hidden, the smallest
   * shown cell (the first of equals) is hidden too. The arguments are not modified.
   *
   * @param counts each cell's count, the cells summing to the table's total
   * @param hidden which cells are already hidden (small, or hidden by another rule)
   * @return a new array: the cells to hide, a superset of {@code hidden}
   */
  public boolean[] complement(int[] counts, boolean[] hidden) {
    if (counts.length != hidden.length) {
      throw new IllegalArgumentException("one flag per count expected");
    }
    boolean[] result = Arrays.copyOf(hidden, hidden.length);
    while (hiddenCount(result) == 1) {
      int smallest = -1;
      for (int i = 0; i < counts.length; i++) {
        if (!result[i] && (smallest < 0 || counts[i] < counts[smallest])) {
          smallest = i;
        }
      }
      if (smallest < 0) {
        break; // a single cell is the total itself: nothing else to hide
      }
      result[smallest] = true;
    }
    return result;
  }

  /**
   * Returns the cells of a table whose lines each add up to a total that is, or may be, shown
   * elsewhere (the rows and columns of a cross table, whose margins another table may show): while
   * any line of two or more cells has exactly one hidden cell, another of its shown cells is hidden
   * too, until every such line has none or at least two. The cell hidden is the smallest shown one
   * (the first of equals) that is not alone in a line of its own: a cell alone in a line equals
   * that line's total, which another table may show, so hiding it would protect nothing; only when
   * the line has no other shown cell is such a cell taken. A line of one cell needs nothing: its
   * one cell is its total. With one line of every cell this is {@link #complement(int[],
   * boolean[])}. The arguments are not modified.
   *
   * @param counts each cell's count
   * @param hidden which cells are already hidden
   * @param lines the cells of each line, as indexes into {@code counts}
   * @return a new array: the cells to hide, a superset of {@code hidden}
   */
  public boolean[] complement(int[] counts, boolean[] hidden, List<int[]> lines) {
    if (counts.length != hidden.length) {
      throw new IllegalArgumentException("one flag per count expected");
    }
    boolean[] alone = new boolean[counts.length];
    for (int[] line : lines) {
      if (line.length == 1) {
        alone[line[0]] = true;
      }
    }
    boolean[] result = Arrays.copyOf(hidden, hidden.length);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] line : lines) {
        int hiddenInLine = 0;
        for (int i : line) {
          hiddenInLine += result[i] ? 1 : 0;
        }
        if (hiddenInLine != 1 || line.length < 2) {
          continue;
        }
        int pick = smallestShown(line, counts, result, alone);
        if (pick < 0) {
          pick = smallestShown(line, counts, result, new boolean[counts.length]);
        }
        result[pick] = true;
        changed = true;
      }
    }
    return result;
  }

  /** Returns the line's smallest shown cell that is not excluded (the first of equals), or -1. */
  private static int smallestShown(int[] line, int[] counts, boolean[] hidden, boolean[] excluded) {
    int pick = -1;
    for (int i : line) {
      if (!hidden[i] && !excluded[i] && (pick < 0 || counts[i] < counts[pick])) {
        pick = i;
      }
    }
    return pick;
  }

  private static int hiddenCount(boolean[] hidden) {
    int n = 0;
    for (boolean h : hidden) {
      if (h) {
        n++;
      }
    }
    return n;
  }
}
