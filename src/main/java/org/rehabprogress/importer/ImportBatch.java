package org.rehabprogress.importer;

import java.util.List;
import java.util.Map;

/**
 * What an importer made of one source: canonical rows, rejected records with reasons, and records
 * skipped because they are not a measure rehab follows (counted by reason). Every source record
 * read is in exactly one of: a canonical row (several records may combine into one row, such as
 * sleep intervals into a night, which {@code combined} counts), a reject, or a skip.
 *
 * @param format the importer's format name, e.g. {@code apple-health}
 * @param read source records read
 * @param rows the canonical rows, in source order
 * @param combined records that were folded into a row made from several records
 * @param rejects records that could not be mapped
 * @param skipped reason -> number of records skipped for it
 */
public record ImportBatch(
    String format,
    long read,
    List<CanonicalRow> rows,
    long combined,
    List<SourceReject> rejects,
    Map<String, Long> skipped) {

  /** Copies the collections. */
  public ImportBatch {
    rows = List.copyOf(rows);
    rejects = List.copyOf(rejects);
    skipped = Map.copyOf(skipped);
  }
}
