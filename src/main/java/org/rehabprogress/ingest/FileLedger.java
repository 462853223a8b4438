package org.rehabprogress.ingest;

/**
 * What happened to the rows of one input file: rows read = accepted + rejected + duplicates.
 *
 * @param file the file's name
 * @param read data rows read (the header and blank lines are not rows)
 * @param accepted rows that entered the analysis
 * @param rejected rows rejected with a reason
 * @param duplicates exact repeats of an earlier row, counted once
 */
public record FileLedger(String file, long read, long accepted, long rejected, long duplicates) {

  /** Checks that the ledger reconciles. */
  public FileLedger {
    if (read != accepted + rejected + duplicates) {
      throw new IllegalArgumentException(
          file + ": " + read + " read != " + accepted + " + " + rejected + " + " + duplicates);
    }
  }
}
