package org.rehabprogress.importer;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The account of one import in source records: read = imported + rejected + skipped + duplicates,
 * where records folded into one row (sleep intervals into a night) count as imported, plus the rows
 * added to each file and the skip reasons.
 *
 * @param format the importer's format name
 * @param source the source as the user named it
 * @param read source records read
 * @param imported records that made a row written to a file (or were folded into one)
 * @param rejected records that could not be mapped (written to rejects.csv)
 * @param skipped records that are not a measure rehab follows
 * @param duplicates records whose row equals a row already in the file or made earlier in this
 *     import
 * @param patients the patient ids of the rows, in first-seen order
 * @param files per file, rows added and duplicates
 * @param skips skip reasons, most records first
 * @param firstRejects the first rejected records, at most {@link #FIRST_REJECTS}
 */
public record ImportLedger(
    String format,
    String source,
    long read,
    long imported,
    long rejected,
    long skipped,
    long duplicates,
    List<String> patients,
    List<FileCount> files,
    List<Skip> skips,
    List<SourceReject> firstRejects) {

  /** How many rejected records the ledger keeps to show. */
  public static final int FIRST_REJECTS = 5;

  /**
   * Rows added to one output file and rows not added because they were there already.
   *
   * @param file the file name, e.g. {@code symptoms.csv}
   * @param added rows appended
   * @param duplicates rows equal to one already in the file
   */
  public record FileCount(String file, long added, long duplicates) {}

  /**
   * One skip reason and the number of records skipped for it.
   *
   * @param reason why, e.g. {@code HKQuantityTypeIdentifierStepCount: not a measure rehab follows}
   * @param records how many
   */
  public record Skip(String reason, long records) {}

  /**
   * Checks that the ledger reconciles and copies the lists.
   *
   * @throws IllegalStateException when read differs from the sum of the outcomes: an importer bug
   */
  public ImportLedger {
    if (read != imported + rejected + skipped + duplicates) {
      throw new IllegalStateException(
          format
              + " importer: "
              + read
              + " records read but "
              + imported
              + " imported + "
              + rejected
              + " rejected + "
              + skipped
              + " skipped + "
              + duplicates
              + " duplicates");
    }
    patients = List.copyOf(patients);
    files = List.copyOf(files);
    skips = List.copyOf(skips);
    firstRejects = List.copyOf(firstRejects);
  }

  /**
   * Checks, before anything is written, that a batch accounts for every record it read: read = rows
   * + combined + rejects + skipped.
   *
   * @throws IllegalStateException when it does not: an importer bug
   */
  public static void check(ImportBatch batch) {
    long skipped = skipped(batch);
    long outcomes = batch.rows().size() + batch.combined() + batch.rejects().size() + skipped;
    if (batch.read() != outcomes) {
      throw new IllegalStateException(
          batch.format()
              + " importer: "
              + batch.read()
              + " records read but "
              + batch.rows().size()
              + " rows + "
              + batch.combined()
              + " combined + "
              + batch.rejects().size()
              + " rejected + "
              + skipped
              + " skipped");
    }
  }

  private static long skipped(ImportBatch batch) {
    return batch.skipped().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the ledger of a batch merged into a folder: a row that was already there counts every
   * source record folded into it as a duplicate (a re-import of a diary's folded ratings is all
   * duplicates), and every other row counts its records as imported.
   *
   * @param source the source as the user named it
   * @param batch what the importer made of it
   * @param merged the merge's count per file and the batch's duplicate rows
   */
  public static ImportLedger of(String source, ImportBatch batch, CanonicalFolder.Merged merged) {
    long duplicates = 0;
    BitSet duplicateRows = merged.duplicateRows();
    for (int i = duplicateRows.nextSetBit(0); i >= 0; i = duplicateRows.nextSetBit(i + 1)) {
      duplicates += batch.records(i);
    }
    long skipped = skipped(batch);
    List<Skip> skips =
        batch.skipped().entrySet().stream()
            .map(e -> new Skip(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingLong(Skip::records).reversed().thenComparing(Skip::reason))
            .toList();
    return new ImportLedger(
        batch.format(),
        source,
        batch.read(),
        batch.rows().size() + batch.combined() - duplicates,
        batch.rejects().size(),
        skipped,
        duplicates,
        batch.rows().stream().map(CanonicalRow::patientId).distinct().toList(),
        merged.files(),
        skips,
        batch.rejects().subList(0, Math.min(FIRST_REJECTS, batch.rejects().size())));
  }
}
