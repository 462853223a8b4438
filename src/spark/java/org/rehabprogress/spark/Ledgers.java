package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.rehabprogress.ingest.FileLedger;

/**
 * The account of every row read, summed across patients (and so across partitions): for every input
 * file, rows read = accepted + rejected + duplicates, as the CLI counts them.
 */
final class Ledgers {

  private Ledgers() {}

  /**
   * Sums the ledger lines of a stage's output.
   *
   * @param stage rows with the {@link StageRows#SCHEMA} columns
   * @param inputs the job's inputs, in the CLI's ledger order
   */
  static List<FileLedger> sum(Dataset<Row> stage, List<KindInput> inputs) {
    Dataset<Row> lines = stage.select(explode(col("ledger")).as("l")).select("l.*");
    Map<String, FileLedger> byFile = new HashMap<>();
    for (Row r :
        lines
            .groupBy("file")
            .agg(
                functions.sum("read"),
                functions.sum("accepted"),
                functions.sum("rejected"),
                functions.sum("duplicates"))
            .collectAsList()) {
      byFile.put(r.getString(0), StageRows.fileLedger(r));
    }
    List<FileLedger> ledgers = new ArrayList<>();
    for (KindInput input : inputs) {
      ledgers.add(byFile.getOrDefault(input.name(), new FileLedger(input.name(), 0, 0, 0, 0)));
    }
    return ledgers;
  }

  /** Returns every reject of a stage's output in file order, as {@link StageRows#REJECT} rows. */
  static Dataset<Row> rejects(Dataset<Row> stage) {
    return stage
        .select(explode(col("rejects")).as("r"))
        .select("r.*")
        .orderBy("kind", "file_index", "seq");
  }
}
