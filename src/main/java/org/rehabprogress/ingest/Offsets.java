package org.rehabprogress.ingest;

/** Start offsets of each patient's rows in a column sorted by patient code. */
final class Offsets {

  private Offsets() {}

  /** Returns offsets of length {@code patients + 1}; checks that codes ascend and are in range. */
  static int[] of(int[] patient, int size, int patients) {
    int[] offsets = new int[patients + 1];
    int previous = 0;
    for (int row = 0; row < size; row++) {
      int code = patient[row];
      if (code < previous || code >= patients) {
        throw new IllegalArgumentException("patient codes must ascend within 0.." + patients);
      }
      previous = code;
      offsets[code + 1]++;
    }
    for (int p = 0; p < patients; p++) {
      offsets[p + 1] += offsets[p];
    }
    return offsets;
  }
}
