package org.rehabprogress.privacy;

/**
 * A figure across patients as it may be shown: a value at full precision (NaN when there is none,
 * for instance an interval that cannot be computed), or suppressed because it counts, or was
 * computed from, too few patients. A suppressed cell carries no value, so nothing downstream can
 * print or plot it by mistake.
 *
 * @param value the figure, NaN when none or suppressed
 * @param suppressed true when the figure must not be shown
 */
public record Cell(double value, boolean suppressed) {

  /** The suppressed cell. */
  public static final Cell SUPPRESSED = new Cell(Double.NaN, true);

  /** Checks that a suppressed cell holds no value. */
  public Cell {
    if (suppressed && !Double.isNaN(value)) {
      throw new IllegalArgumentException("a suppressed cell holds no value");
    }
  }

  /** Returns a shown figure, NaN for none. */
  public static Cell of(double value) {
    return new Cell(value, false);
  }

  /** Returns the cell of {@code value}, or {@link #SUPPRESSED} when {@code suppress} is true. */
  public static Cell of(double value, boolean suppress) {
    return suppress ? SUPPRESSED : of(value);
  }

  /** Returns true when the figure is shown and there is none (NaN). */
  public boolean none() {
    return !suppressed && Double.isNaN(value);
  }

  /** Returns true when the cell holds a number to show or plot. */
  public boolean shown() {
    return !suppressed && !Double.isNaN(value);
  }
}
