package org.rehabprogress.importer;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What an importer made of one source: canonical rows, rejected records with reasons, and records
 * skipped because they are not a measure rehab follows (counted by reason). Every source record
 * read is in exactly one of: a canonical row (several records may combine into one row, such as
 * sleep intervals into a night, which {@code folded} counts per row), a reject, or a skip.
 *
 * @param format the importer's format name, e.g. {@code apple-health}
 * @param read source records read
 * @param rows the canonical rows, in source order
 * @param folded per row, the records folded into it beyond the first (0 for a row of one record),
 *     so that a row found to be a duplicate counts all its records as duplicates
 * @param rejects records that could not be mapped
 * @param skipped reason -> number of records skipped for it
 */
public record ImportBatch(
    String format,
    long read,
    List<CanonicalRow> rows,
    List<Long> folded,
    List<SourceReject> rejects,
    Map<String, Long> skipped) {

  /**
   * Copies the collections.
   *
   * @throws IllegalArgumentException when {@code folded} does not hold one count per row
   */
  public ImportBatch {
    rows = List.copyOf(rows);
    folded = List.copyOf(folded);
    if (folded.size() != rows.size()) {
      throw new IllegalArgumentException(
          folded.size() + " folded counts for " + rows.size() + " rows");
    }
    rejects = List.copyOf(rejects);
    skipped = Map.copyOf(skipped);
  }

  /** Creates a batch whose rows are one source record each. */
  public ImportBatch(
      String format,
      long read,
      List<CanonicalRow> rows,
      List<SourceReject> rejects,
      Map<String, Long> skipped) {
    this(format, read, rows, Collections.nCopies(rows.size(), 0L), rejects, skipped);
  }

  /** Returns the records folded into rows beyond each row's first. */
  public long combined() {
    return folded.stream().mapToLong(Long::longValue).sum();
  }

  /** Returns the source records row {@code i} stands for: 1 plus those folded into it. */
  public long records(int i) {
    return 1 + folded.get(i);
  }
}
