package org.rehabprogress.pipeline;

import java.util.Objects;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.ingest.Dataset;

/**
 * What a cohort run did.
 *
 * @param data the data read
 * @param result the cohort, or null when --strict refused the input
 * @param cells its figures as they may be shown, or null with the result
 */
public record CohortOutcome(Dataset data, CohortResult result, CohortCells cells) {

  /** Checks that the data is present. */
  public CohortOutcome {
    Objects.requireNonNull(data, "data");
  }

  /** Returns whether the cohort folder was written. */
  public boolean written() {
    return result != null;
  }
}
