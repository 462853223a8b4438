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

  /**
   * Holds a place in the row order for a row known only once the source has been read (a night's
   * summed sleep, a diary moment's worst rating); returns the place for {@link #fill}. A place
   * never filled is dropped.
   */
  int reserve() {
    rows.add(null);
    return rows.size() - 1;
  }

  /** Puts a row in a reserved place. */
  void fill(int place, CanonicalRow row) {
    if (rows.get(place) != null) {
      throw new IllegalStateException("place " + place + " is already filled");
    }
    rows.set(place, row);
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
    List<CanonicalRow> made = new ArrayList<>(rows.size());
    for (CanonicalRow row : rows) {
      if (row != null) {
        made.add(row);
      }
    }
    return new ImportBatch(format, read, made, combined, rejects, skipped);
  }
}
