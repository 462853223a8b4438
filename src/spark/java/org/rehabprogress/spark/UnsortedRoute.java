package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.spark.KindInput.Format;

/**
 * The route for input in any order, and for Parquet: the files' records, cut into segments read in
 * parallel ({@link RecordRows}, {@link ParquetRows}), cross one shuffle in Spark's binary row form,
 * hash-partitioned by patient id and sorted within each partition by their place in their files
 * ({@code sortWithinPartitions} on one long), and each partition's patients are read and analysed
 * together ({@link GroupTask}). No object per row is serialised by Java, and no group of boxed
 * records is built.
 */
final class UnsortedRoute {

  /**
   * The bytes of CSV a first-stage task reads: its records are held until the task ends, about
   * three times their size in objects.
   */
  static final long SEGMENT_BYTES = 8L << 20;

  private UnsortedRoute() {}

  /**
   * Reads and analyses the input with one shuffle. A CSV file whose cut fell inside a quoted cell
   * (a quoted line break across it) is read again in one segment per file.
   *
   * @param segmentBytes about how many bytes of a CSV file one first-stage task reads
   * @param partitions the number of partitions of patients
   */
  static Results run(
      SparkSession spark,
      List<KindInput> inputs,
      Broadcast<byte[]> setup,
      Configuration conf,
      long segmentBytes,
      int partitions)
      throws IOException {
    Set<CanonicalFile> whole = EnumSet.noneOf(CanonicalFile.class);
    while (true) {
      List<Segment> segments = segments(inputs, conf, segmentBytes, whole);
      Results results = run(spark, inputs, setup, segments, partitions);
      List<CanonicalFile> cut = results.cutInQuotes();
      if (cut.isEmpty() || whole.containsAll(cut)) {
        return results;
      }
      whole.addAll(cut);
    }
  }

  private static Results run(
      SparkSession spark,
      List<KindInput> inputs,
      Broadcast<byte[]> setup,
      List<Segment> segments,
      int partitions) {
    List<byte[]> bytes =
        rows(spark, inputs, setup, segments, false)
            .repartition(partitions, col("pid"))
            .sortWithinPartitions("place")
            .mapPartitions(new GroupTask(setup), Encoders.BINARY())
            .collectAsList();
    List<TaskResult> results = new ArrayList<>();
    bytes.forEach(b -> results.add(TaskResult.of(b)));
    return new Results(inputs, segments, results);
  }

  /**
   * Returns the rows of every input ({@link RecordRows#SCHEMA}): each segment of a CSV file split
   * into records by a task of its own, each Parquet file read by Spark; each row holds its record
   * as cells or (for the cohort) as CSV bytes.
   */
  static Dataset<Row> rows(
      SparkSession spark,
      List<KindInput> inputs,
      Broadcast<byte[]> setup,
      List<Segment> segments,
      boolean cells) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<Row> rows = null;
    List<Segment> csv = new ArrayList<>();
    for (Segment g : segments) {
      if (input(inputs, g.kind()).format() == Format.CSV) {
        csv.add(g);
      }
    }
    if (!csv.isEmpty()) {
      JavaRDD<Row> records =
          jsc.parallelize(csv, csv.size()).mapPartitions(new RecordRows(setup, cells));
      rows = spark.createDataFrame(records, RecordRows.SCHEMA);
    }
    for (KindInput input : inputs) {
      if (input.format() == Format.PARQUET) {
        Dataset<Row> parquet = ParquetRows.read(spark, input, cells);
        rows = rows == null ? parquet : rows.union(parquet);
      }
    }
    return rows;
  }

  /**
   * Returns the segments of the inputs: a CSV file cut at line starts about every {@code bytes} (or
   * not cut, for the kinds in {@code whole}), a Parquet file one segment.
   */
  static List<Segment> segments(
      List<KindInput> inputs, Configuration conf, long bytes, Set<CanonicalFile> whole)
      throws IOException {
    List<Segment> segments = new ArrayList<>();
    for (KindInput input : inputs) {
      int number = 0;
      for (int p = 0; p < input.parts().size(); p++) {
        KindInput.Part part = input.parts().get(p);
        if (input.format() == Format.PARQUET) {
          segments.add(new Segment(input.kind(), number++, p, 0, 0, true));
          continue;
        }
        LineProbe probe = SortedPlan.probe(input, conf, p);
        long start = part.dataStart();
        long data = part.size() - start;
        int pieces =
            whole.contains(input.kind()) ? 1 : (int) Math.max(1, Math.min(1 << 16, data / bytes));
        for (int k = 1; k <= pieces; k++) {
          long end =
              k == pieces ? part.size() : probe.lineStart(part.dataStart() + data * k / pieces);
          if (end > start) {
            segments.add(new Segment(input.kind(), number++, p, start, end, end == part.size()));
            start = end;
          }
        }
      }
    }
    return segments;
  }

  private static KindInput input(List<KindInput> inputs, CanonicalFile kind) {
    return inputs.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
  }
}
