package org.rehabprogress.privacy;

import java.util.Arrays;

/**
 * The small-cell rules of SPEC section 5 for figures across patients: a count below {@code
 * minCell}, and any figure computed from fewer than {@code minCell} patients, is suppressed and
 * shown as {@code <minCell}; so is a cell that could be worked out from a total and the other cells
 * (complementary suppression). Per-patient rows (per_patient.csv, the waterfall) are not cells and
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

  /** Returns a count of patients as a cell: suppressed when small. */
  public Cell count(int patients) {
    return Cell.of(patients, small(patients));
  }

  /**
   * Returns a count that describes who is in the data rather than an outcome (patients left out by
   * a date bound, patients without an analysis): zero is shown, since it says nothing about anyone;
   * 1 to {@code minCell - 1} are suppressed.
   */
  public Cell tally(int patients) {
    return Cell.of(patients, patients > 0 && small(patients));
  }

  /** Returns a figure computed from {@code patients} patients: suppressed when they are few. */
  public Cell figure(double value, int patients) {
    return Cell.of(value, small(patients));
  }

  /**
   * Returns true when the part {@code k} of a proportion {@code k / n} must be hidden, and with it
   * the share and its interval: when {@code n}, {@code k} or the rest {@code n - k} is small (the
   * rest is the other cell of the total {@code n}).
   *
   * @throws IllegalArgumentException unless {@code 0 <= k <= n}
   */
  public boolean hidesPart(int k, int n) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + " n=" + n);
    }
    return small(n) || small(k) || small(n - k);
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
