package org.rehabprogress.sample;

/**
 * The faults planted in the sample data, so that a checker sees each kind of bad row a real export
 * has. These are the only faulty rows: every other row is valid.
 */
public enum Fault {
  /** An exact duplicate row, the same text in every column, right after the original. */
  DUPLICATE,
  /** A value out of its range: pain 11 or sleep_hours 25. */
  OUT_OF_RANGE,
  /** A typo'd date that is no calendar day, such as 2026-04-31. */
  BAD_DATE,
  /** An empty required cell: the date of a symptom row or the activity of an activity row. */
  EMPTY_REQUIRED
}
