package org.rehabprogress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account an importer keeps while it reads: records read, rows made, records folded into each
 * row, rejects, and skips by reason. The importer keeps read equal to the sum of the outcomes;
 * {@link ImportLedger} checks that it did.
 */
final class RecordTally {

  private final String format;
  private final List<CanonicalRow> rows = new ArrayList<>();
  private final List<Long> folded = new ArrayList<>();
  private final List<SourceReject> rejects = new ArrayList<>();
  private final Map<String, Long> skipped = new TreeMap<>();
  private long read;

  RecordTally(String format) {
    this.format = format;
  }

  /** Counts one source record read. */
  void read() {
    read++;
  }

  /** Adds a row made of one record. */
  void row(CanonicalRow row) {
    row(row, 0);
  }

  /** Adds a row made of {@code 1 + records} source records. */
  void row(CanonicalRow row, long records) {
    rows.add(row);
    folded.add(records);
  }

  /**
   * Holds a place in the row order for a row known only once the source has been read (a night's
   * summed sleep, a diary moment's worst rating); returns the place for {@link #fill}. A place
   * never filled is dropped.
   */
  int reserve() {
    rows.add(null);
    folded.add(0L);
    return rows.size() - 1;
  }

  /** Puts a row made of {@code 1 + records} source records in a reserved place. */
  void fill(int place, CanonicalRow row, long records) {
    if (rows.get(place) != null) {
      throw new IllegalStateException("place " + place + " is already filled");
    }
    rows.set(place, row);
    folded.set(place, records);
  }

  /** Counts records folded into the row at {@code place} (a row already made) beyond its first. */
  void fold(int place, long records) {
    folded.set(place, folded.get(place) + records);
  }

  /** Returns the place of the last row added. */
  int last() {
    return rows.size() - 1;
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
    List<Long> counts = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) != null) {
        made.add(rows.get(i));
        counts.add(folded.get(i));
      }
    }
    return new ImportBatch(format, read, made, counts, rejects, skipped);
  }
}
