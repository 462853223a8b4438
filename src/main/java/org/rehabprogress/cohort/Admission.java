package org.rehabprogress.cohort;

/**
 * What the cohort made of one patient of the input: analysed ({@link CohortPatient}), in the cohort
 * but not analysable ({@link NotAnalysed}), or outside the cohort's days ({@link Excluded}).
 */
public sealed interface Admission permits CohortPatient, NotAnalysed, Excluded {

  /** Returns the patient id. */
  String patientId();
}
