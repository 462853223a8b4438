package org.rehabprogress.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.Reject;

/**
 * The part of a per-patient stage's output that every job shares: the patient's ledger lines
 * (summed across patients into the CLI's ledger) and rejects.
 */
final class StageRows {

  /** One file's counts for one patient. */
  static final StructType LEDGER =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("read", DataTypes.LongType, false)
          .add("accepted", DataTypes.LongType, false)
          .add("rejected", DataTypes.LongType, false)
          .add("duplicates", DataTypes.LongType, false);

  /** One rejected row: where it is (and its place, to sort by), and the CLI's reject. */
  static final StructType REJECT =
      new StructType()
          .add("kind", DataTypes.IntegerType, false)
          .add("file_index", DataTypes.IntegerType, false)
          .add("seq", DataTypes.LongType, false)
          .add("file", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, true)
          .add("column", DataTypes.StringType, false)
          .add("value", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, false);

  /** The shared columns: patient id, ledger lines, rejects. */
  static final StructType SCHEMA =
      new StructType()
          .add("pid", DataTypes.StringType, false)
          .add("ledger", DataTypes.createArrayType(LEDGER, false), false)
          .add("rejects", DataTypes.createArrayType(REJECT, false), false);

  private StageRows() {}

  /** Returns the ledger lines of one patient's dataset. */
  static List<Row> ledger(Dataset data) {
    List<Row> rows = new ArrayList<>();
    for (FileLedger l : data.ledgers()) {
      rows.add(RowFactory.create(l.file(), l.read(), l.accepted(), l.rejected(), l.duplicates()));
    }
    return rows;
  }

  /** Returns the rejects of one patient's dataset, located in their files. */
  static List<Row> rejects(Dataset data, PatientRecords records, List<KindInput> inputs) {
    List<Row> rows = new ArrayList<>();
    for (Reject r : data.rejects()) {
      PatientRecords.Located at = records.locate(r, inputs);
      rows.add(
          RowFactory.create(
              at.kind(),
              at.fileIndex(),
              at.seq(),
              at.file(),
              at.line(),
              r.column(),
              r.value(),
              r.reason()));
    }
    return rows;
  }

  /** Returns a ledger line as the CLI's type. */
  static FileLedger fileLedger(Row row) {
    return new FileLedger(
        row.getString(0), row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
  }
}
