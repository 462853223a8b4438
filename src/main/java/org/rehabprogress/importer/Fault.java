package org.rehabprogress.importer;

/**
 * Why one source record cannot be mapped: the field at fault (empty for the record as a whole), its
 * value as written, and the reason.
 */
record Fault(String field, String value, String reason) {

  /** Returns a fault of the record as a whole. */
  static Fault whole(String reason) {
    return new Fault("", "", reason);
  }

  /** Adds this fault to a tally as a reject of the record at a location. */
  void rejectIn(RecordTally tally, String file, String location) {
    tally.reject(file, location, field, value, reason);
  }
}
