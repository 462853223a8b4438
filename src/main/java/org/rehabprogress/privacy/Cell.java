package org.rehabprogress.privacy;

import java.util.Locale;

/**
 * A figure across patients as it may be shown: a value at full precision (NaN when there is none,
 * for instance an interval that cannot be computed), or hidden for a reason: it counts, or was
 * computed from, too few patients ({@link Hidden#SMALL}, shown as {@code <11}), or it would reveal
 * such a cell through a total and the other cells ({@link Hidden#COMPLEMENTARY}, shown as {@code
 * suppressed}: never {@code <11}, which would understate 120 of 122). A hidden cell carries no
 * value, so nothing downstream can print or plot it by mistake.
 *
 * @param value the figure, NaN when none or hidden
 * @param hidden why the figure is hidden, null when it is shown
 */
public record Cell(double value, Hidden hidden) {

  /** Why a cell is hidden (SPEC section 5). */
  public enum Hidden {
    /** It counts, or was computed from, 1 to min-cell - 1 patients. */
    SMALL,
    /** It is not small itself but would reveal a small cell through a total and other cells. */
    COMPLEMENTARY;

    /**
     * Returns the reason as the CSV and JSON outputs write it: {@code small}, {@code
     * complementary}.
     */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The cell hidden as small. */
  public static final Cell SUPPRESSED = new Cell(Double.NaN, Hidden.SMALL);

  /** The cell hidden to protect another cell. */
  public static final Cell COMPLEMENTARY = new Cell(Double.NaN, Hidden.COMPLEMENTARY);

  /** Checks that a hidden cell holds no value. */
  public Cell {
    if (hidden != null && !Double.isNaN(value)) {
      throw new IllegalArgumentException("a hidden cell holds no value");
    }
  }

  /** Returns a shown figure, NaN for none. */
  public static Cell of(double value) {
    return new Cell(value, null);
  }

  /** Returns the cell of {@code value}, or {@link #SUPPRESSED} (small) when {@code suppress}. */
  public static Cell of(double value, boolean suppress) {
    return suppress ? SUPPRESSED : of(value);
  }

  /** Returns the cell of {@code value}, hidden for {@code why} unless that is null. */
  public static Cell of(double value, Hidden why) {
    return why == null ? of(value) : new Cell(Double.NaN, why);
  }

  /** Returns true when the figure must not be shown. */
  public boolean suppressed() {
    return hidden != null;
  }

  /** Returns true when the figure is shown and there is none (NaN). */
  public boolean none() {
    return hidden == null && Double.isNaN(value);
  }

  /** Returns true when the cell holds a number to show or plot. */
  public boolean shown() {
    return hidden == null && !Double.isNaN(value);
  }
}
