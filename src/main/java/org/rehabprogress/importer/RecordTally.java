package org.rehabprogress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account an importer keeps while it reads: records read, rows made, records combined into a
 * row, rejects, and skips by reason. The importer keeps read equal to the sum of the outcomes;
 * {@link ImportLedger} checks that it did.
 */
final class RecordTally {

  private final String format;
  private final List<CanonicalRow> rows = new ArrayList<>();
  private final List<SourceReject> rejects = new ArrayList<>();
  private final Map<String, Long> skipped = new TreeMap<>();
  private long read;
  private long combined;

  RecordTally(String format) {
    this.format = format;
  }

  /** Counts one source record read. */
  void read() {
    read++;
  }

  /** Adds a row. */
  void row(CanonicalRow row) {
    rows.add(row);
  }

  /** Counts records folded into a row beyond the first of that row. */
  void combined(long records) {
    combined += records;
  }

  /** Adds a rejected record. */
  void reject(String file, String location, String field, String value, String reason) {
    rejects.add(new SourceReject(file, location, field, value, reason));
  }

  /** Counts a record skipped for a reason. */
  void skip(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  /** Returns the batch of everything counted so far. */
  ImportBatch batch() {
    return new ImportBatch(format, read, rows, combined, rejects, skipped);
  }
}
