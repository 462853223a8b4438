package org.rehabprogress.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.spark.sql.execution.datasources.parquet.VectorizedParquetRecordReader;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Parquet files of the sorted route: the patient ids a file holds, from its footer (on the driver),
 * and its rows read by Spark's vectorised Parquet reader into a task's records (in an executor).
 */
final class ParquetFiles {

  /** Rows a batch of the vectorised reader holds. */
  private static final int BATCH = 4096;

  private ParquetFiles() {}

  /**
   * The smallest and the largest patient_id cell of a file, as its row groups' statistics say.
   *
   * @param min the smallest, or null when the file has no rows
   * @param max the largest, or null when the file has no rows
   */
  record Ids(String min, String max) {}

  /**
   * Returns the ids a file holds, or null when its footer does not say (no statistics).
   *
   * @param column the patient_id column's name as the file has it
   */
  static Ids ids(Configuration conf, String path, String column) throws IOException {
    String min = null;
    String max = null;
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(new Path(path), conf))) {
      for (BlockMetaData block : reader.getFooter().getBlocks()) {
        if (block.getRowCount() == 0) {
          continue;
        }
        ColumnChunkMetaData chunk =
            block.getColumns().stream()
                .filter(c -> c.getPath().toDotString().equals(column))
                .findFirst()
                .orElse(null);
        Statistics<?> stats = chunk == null ? null : chunk.getStatistics();
        if (stats == null || !stats.hasNonNullValue() || stats.getNumNulls() > 0) {
          return null;
        }
        String low = ((Binary) stats.genericGetMin()).toStringUsingUTF8();
        String high = ((Binary) stats.genericGetMax()).toStringUsingUTF8();
        min = min == null || low.compareTo(min) < 0 ? low : min;
        max = max == null || high.compareTo(max) > 0 ? high : max;
      }
    }
    return new Ids(min, max);
  }

  /**
   * Adds every row of a file (text columns only) to a task's records, in file order, each as CSV
   * bytes placed by its file and row number.
   *
   * @param conf the job's Hadoop settings
   * @param path the file
   * @param columns the file's columns, in order
   * @param file the file's number among its input's files
   */
  static void read(
      Configuration conf, String path, List<String> columns, RecordBuffer records, int file)
      throws IOException {
    // Spark's reader opens the file with a configuration of its own: the file system it finds in
    // Hadoop's cache is the one opened here with the job's settings (spark.hadoop.* included).
    new Path(path).getFileSystem(conf);
    VectorizedParquetRecordReader reader = new VectorizedParquetRecordReader(false, BATCH);
    try {
      reader.initialize(path, columns);
      ColumnarBatch batch = reader.resultBatch();
      String[] cells = new String[columns.size()];
      long row = 0;
      while (reader.nextBatch()) {
        for (int i = 0; i < batch.numRows(); i++) {
          for (int c = 0; c < cells.length; c++) {
            ColumnVector v = batch.column(c);
            cells[c] = v.isNullAt(i) ? "" : v.getUTF8String(i).toString();
          }
          records.add(RecordText.of(cells, ','), Segment.position(file, ++row));
        }
      }
    } finally {
      reader.close();
    }
  }
}
