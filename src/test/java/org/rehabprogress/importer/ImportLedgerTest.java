package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportLedgerTest {

  private static final CanonicalRow.Symptom NIGHT =
      new CanonicalRow.Symptom("anna", LocalDate.of(2026, 3, 2), null, null, null, 7.5, null, null);
  private static final SourceReject REJECT = new SourceReject("s.json", "entry 4", "", "", "bad");

  @Test
  void countsFoldedRecordsAsImportedAndDuplicateRowsApart() {
    // 10 records: 2 rows (one made of 3 records), 1 reject, 5 skipped
    ImportBatch batch =
        new ImportBatch(
            "fitbit",
            10,
            List.of(NIGHT, NIGHT),
            List.of(2L, 0L),
            List.of(REJECT),
            Map.of("b", 2L, "a", 3L));
    BitSet duplicateRows = new BitSet();
    duplicateRows.set(1);

    ImportLedger ledger =
        ImportLedger.of(
            "src",
            batch,
            new CanonicalFolder.Merged(
                List.of(
                    new ImportLedger.FileCount("symptoms.csv", 1, 1),
                    new ImportLedger.FileCount("rejects.csv", 0, 1)),
                duplicateRows));

    assertEquals(3, ledger.imported());
    assertEquals(1, ledger.duplicates());
    assertEquals(1, ledger.rejected());
    assertEquals(5, ledger.skipped());
    assertEquals(List.of("anna"), ledger.patients());
    assertEquals(
        List.of(new ImportLedger.Skip("a", 3), new ImportLedger.Skip("b", 2)), ledger.skips());
    assertEquals(List.of(REJECT), ledger.firstRejects());
  }

  @Test
  void countsEveryRecordFoldedIntoADuplicateRowAsADuplicate() {
    // A re-import of a diary: the one row folds 3 ratings and is already in the file, so all 3
    // records are duplicates, none imported (SPEC section 7).
    ImportBatch batch =
        new ImportBatch("bearable", 4, List.of(NIGHT), List.of(2L), List.of(REJECT), Map.of());
    BitSet duplicateRows = new BitSet();
    duplicateRows.set(0);

    ImportLedger ledger =
        ImportLedger.of(
            "src",
            batch,
            new CanonicalFolder.Merged(
                List.of(new ImportLedger.FileCount("symptoms.csv", 0, 1)), duplicateRows));

    assertEquals(0, ledger.imported());
    assertEquals(3, ledger.duplicates());
    assertEquals(1, ledger.rejected());
  }

  @Test
  void refusesABatchThatDoesNotAccountForEveryRecord() {
    ImportBatch batch =
        new ImportBatch("fitbit", 5, List.of(NIGHT), List.of(1L), List.of(), Map.of("a", 2L));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ImportLedger.check(batch));
    assertEquals(
        "fitbit importer: 5 records read but 1 rows + 1 combined + 0 rejected + 2 skipped",
        e.getMessage());
  }

  @Test
  void refusesALedgerThatDoesNotReconcile() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new ImportLedger(
                    "x", "s", 3, 1, 0, 1, 0, List.of(), List.of(), List.of(), List.of()));
    assertEquals(
        "x importer: 3 records read but 1 imported + 0 rejected + 1 skipped + 0 duplicates",
        e.getMessage());
  }
}
