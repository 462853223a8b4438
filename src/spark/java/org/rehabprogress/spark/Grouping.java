package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Brings every record of a patient, from every input file, into one partition, sorted by patient
 * id, then file, then order in the file: the order the CLI reads them in, so that a patient's rows
 * meet the row rules (and the exact-repeat rule) as they do there.
 */
final class Grouping {

  private Grouping() {}

  /** Returns the record rows of every input, partitioned by patient and sorted. */
  static Dataset<Row> byPatient(SparkSession spark, List<KindInput> inputs) {
    Dataset<Row> all = null;
    for (KindInput input : inputs) {
      Dataset<Row> rows = CanonicalRows.read(spark, input);
      all = all == null ? rows : all.union(rows);
    }
    return all.repartition(col("pid")).sortWithinPartitions("pid", "kind", "file", "seq");
  }
}
