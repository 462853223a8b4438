package org.rehabprogress.sample;

import java.util.List;
import java.util.Objects;
import org.rehabprogress.catalog.ActivityClass;

/**
 * An activity the generator writes, with the class SPEC section 2 gives it, a typical session
 * length, and the spellings real exports use for it.
 *
 * @param activityClass the class the generator assumes when it adds the next-day effect
 * @param minMinutes the shortest typical session, > 0
 * @param maxMinutes the longest typical session, >= minMinutes
 * @param effort the typical intensity: 0 light, 1 moderate, 2 vigorous
 * @param spellings the names as exports write them, the first the most common; never empty
 */
public record ActivityKind(
    ActivityClass activityClass,
    int minMinutes,
    int maxMinutes,
    int effort,
    List<String> spellings) {

  /** Checks the invariants and copies the spellings. */
  public ActivityKind {
    Objects.requireNonNull(activityClass, "activityClass");
    spellings = List.copyOf(spellings);
    if (spellings.isEmpty()) {
      throw new IllegalArgumentException("an activity needs a spelling");
    }
    if (minMinutes <= 0 || maxMinutes < minMinutes) {
      throw new IllegalArgumentException("bad minutes for " + spellings.get(0));
    }
    if (effort < 0 || effort > 2) {
      throw new IllegalArgumentException("effort is 0-2: " + effort);
    }
  }

  /** Returns the most common spelling. */
  public String name() {
    return spellings.get(0);
  }
}
