package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.privacy.Cell;

/**
 * One subgroup of {@code rehab cohort --by} as it may be shown (SPEC section 11; the rules are
 * {@link SubgroupSuppression}'s).
 *
 * @param values the subgroup's value in each column of {@code --by}, null for no value
 * @param patients the analysed patients in the subgroup
 * @param responders IMPROVED among its patients with enough data, with the Wilson 95% interval
 */
public record SubgroupCells(List<String> values, Cell patients, ProportionCells responders) {

  /** Checks for nulls and copies the values (nulls included). */
  public SubgroupCells {
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(responders, "responders");
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
