package org.rehabprogress.cohort;

import java.util.Objects;

/**
 * A patient of the input left out of the cohort by {@code --from} or {@code --to}: not enrolled in
 * the cohort's days, so in no denominator.
 *
 * @param patientId the patient id
 * @param reason which bound left the patient out
 */
public record Excluded(String patientId, Reason reason) implements Admission {

  /** Which bound left a patient out. */
  public enum Reason {
    /** The start is before {@code --from}. */
    STARTS_BEFORE_FROM,
    /** The start is after {@code --to}: treatment had not begun by then. */
    STARTS_AFTER_TO,
    /**
     * A patients.csv row with no treatment_start and no entry: with {@code --from} or {@code --to}
     * the start cannot be placed inside or outside the cohort's days.
     */
    UNKNOWN_START
  }

  /** Checks for nulls. */
  public Excluded {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(reason, "reason");
  }
}
