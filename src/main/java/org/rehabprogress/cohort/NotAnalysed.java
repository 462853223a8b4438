package org.rehabprogress.cohort;

import java.util.Objects;

/**
 * A patient in the cohort whom the per-patient analysis cannot cover. Under intention to treat the
 * patient is enrolled and so counts in the denominator of {@code responders_itt}, as a
 * non-responder.
 *
 * @param patientId the patient id
 * @param reason why there is no analysis
 */
public record NotAnalysed(String patientId, Reason reason) implements Admission {

  /** Why a patient in the cohort has no analysis. */
  public enum Reason {
    /** No symptom or activity entry (on or before {@code --to} when given). */
    NO_ENTRIES("no symptom or activity entry"),
    /** The treatment_start is after the patient's last entry: nothing was logged in treatment. */
    STARTS_AFTER_LAST_ENTRY("treatment_start is after the last entry");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** Returns the reason in words, as cohort.json and the page show it. */
    public String text() {
      return text;
    }
  }

  /** Checks for nulls. */
  public NotAnalysed {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(reason, "reason");
  }
}
