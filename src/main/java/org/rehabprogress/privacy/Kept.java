package org.rehabprogress.privacy;

/**
 * How many distinct values of a text column were kept and how many blanked or replaced.
 *
 * @param kept distinct values kept
 * @param blanked distinct values blanked or replaced
 */
public record Kept(int kept, int blanked) implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks that the counts are not negative. */
  public Kept {
    if (kept < 0 || blanked < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
