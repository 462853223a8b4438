package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.stats.PooledEffect;

/**
 * One subgroup of {@code rehab cohort --by} as it may be shown (SPEC section 11; the rules are
 * {@link SubgroupSuppression}'s).
 *
 * @param values the subgroup's value in each column of {@code --by}, null for no value
 * @param patients the analysed patients in the subgroup
 * @param responders IMPROVED among its patients with enough data, with the Wilson 95% interval
 * @param adjustedPatients its patients with an adjusted estimate (SPEC 3b); when hidden, {@code
 *     adjusted} is hidden for the same reason
 * @param adjusted their estimates pooled, to be shown only when {@code adjustedPatients} is
 */
public record SubgroupCells(
    List<String> values,
    Cell patients,
    ProportionCells responders,
    Cell adjustedPatients,
    PooledEffect adjusted) {

  /** Checks for nulls and copies the values (nulls included). */
  public SubgroupCells {
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(responders, "responders");
    Objects.requireNonNull(adjustedPatients, "adjustedPatients");
    Objects.requireNonNull(adjusted, "adjusted");
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /**
   * Returns a figure of the pooled adjusted effect as a cell: hidden as {@code adjustedPatients}
   * is, NaN (none) when there is no pooled estimate.
   *
   * @param figure which figure of the estimate, e.g. {@code PooledEffect.Estimate::estimate}
   */
  public Cell adjusted(ToDoubleFunction<PooledEffect.Estimate> figure) {
    double value =
        adjusted instanceof PooledEffect.Estimate e ? figure.applyAsDouble(e) : Double.NaN;
    return Cell.of(value, adjustedPatients.hidden());
  }
}
