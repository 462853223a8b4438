package org.rehabprogress.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Spark's CSV writer set to write what rehab's CSV outputs hold: a header, RFC 4180 quoting (a
 * quote doubled), cells as given (no trimming), an empty cell for null, lines ending in \n.
 */
final class Csv {

  private Csv() {}

  /** Writes rows as CSV part files into a folder. */
  static void write(Dataset<Row> rows, String folder) {
    rows.write()
        .mode(SaveMode.ErrorIfExists)
        .option("header", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("quoteAll", "false")
        .option("escapeQuotes", "true")
        .option("ignoreLeadingWhiteSpace", "false")
        .option("ignoreTrailingWhiteSpace", "false")
        .option("lineSep", "\n")
        .option("encoding", "UTF-8")
        .csv(folder);
  }
}
