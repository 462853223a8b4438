package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.stats.Wilson;

/**
 * One subgroup of {@code rehab cohort --by} at full precision, before any small cell is hidden
 * (SPEC section 11).
 *
 * @param values the subgroup's value in each column of {@code --by}, in its order, null for the
 *     patients without one
 * @param patients the analysed patients in the subgroup (its rows of the per-patient table)
 * @param responders IMPROVED among its patients with enough data, with the Wilson 95% interval
 */
public record SubgroupFigures(List<String> values, int patients, Wilson.Interval responders) {

  /** Checks the counts and copies the values (nulls included). */
  public SubgroupFigures {
    Objects.requireNonNull(responders, "responders");
    if (patients < responders.n()) {
      throw new IllegalArgumentException(
          "a subgroup of " + patients + " patients with " + responders.n() + " with enough data");
    }
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
