package org.rehabprogress.privacy;

/** How an anonymised export treats calendar dates. */
public enum DateRegime {
  /** Each patient's start becomes 2000-01-01: no calendar date survives. */
  STUDY(
      "study-dates",
      "every patient's start is moved to the first day of the year 2000 and every date keeps its"
          + " distance from start: intervals survive, calendar dates do not"),
  /** Each patient's dates move 1-364 days earlier by a keyed offset. */
  SHIFT(
      "shifted-dates",
      "a limited data set, not Safe Harbor: each patient's dates move the same keyed number of days"
          + " (1-364) earlier, so calendar dates are shifted, not removed");

  private final String label;
  private final String description;

  DateRegime(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** Returns the regime's name as the manifest states it. */
  public String label() {
    return label;
  }

  /** Returns what the regime does, as the manifest states it. */
  public String description() {
    return description;
  }

  /**
   * Returns the number of days to add to each of a patient's epoch days.
   *
   * @param key the key of the run
   * @param patientId the original patient id
   * @param startEpochDay the patient's start
   */
  public int offset(PseudonymKey key, String patientId, int startEpochDay) {
    return this == STUDY ? StudyDates.offset(startEpochDay) : -DateShift.days(key, patientId);
  }
}
