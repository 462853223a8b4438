package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.stats.PooledEffect;
import org.rehabprogress.stats.Wilson;

/**
 * One subgroup of {@code rehab cohort --by} at full precision, before any small cell is hidden
 * (SPEC section 11).
 *
 * @param values the subgroup's value in each column of {@code --by}, in its order, null for the
 *     patients without one
 * @param patients the analysed patients in the subgroup (its rows of the per-patient table)
 * @param responders IMPROVED among its patients with enough data, with the Wilson 95% interval
 * @param adjustedPatients its patients with an {@code adj_flagged_minus_low_impact} (SPEC 3b)
 * @param adjusted those figures pooled by REML random effects, as {@code activity_effect_adjusted}
 *     pools the cohort's (SPEC 5b)
 */
public record SubgroupFigures(
    List<String> values,
    int patients,
    Wilson.Interval responders,
    int adjustedPatients,
    PooledEffect adjusted) {

  /** Checks the counts and copies the values (nulls included). */
  public SubgroupFigures {
    Objects.requireNonNull(responders, "responders");
    Objects.requireNonNull(adjusted, "adjusted");
    if (adjustedPatients < 0 || adjustedPatients > patients) {
      throw new IllegalArgumentException(
          "a subgroup of " + patients + " patients with " + adjustedPatients + " adjusted figures");
    }
    if (adjusted instanceof PooledEffect.Estimate e && e.k() != adjustedPatients) {
      throw new IllegalArgumentException(
          "a pooled estimate of " + e.k() + " values from " + adjustedPatients + " patients");
    }
    if (patients < responders.n()) {
      throw new IllegalArgumentException(
          "a subgroup of " + patients + " patients with " + responders.n() + " with enough data");
    }
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
