package org.rehabprogress.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;

/**
 * How a cohort job reads its input: without a shuffle when the files are sorted by patient id (the
 * canonical files are, and so is the parquet job's copy), each task reading its share of patients
 * from every file ({@link SortedPlan} for CSV, {@link ParquetPlan} for Parquet, {@link ShareTask});
 * else with one shuffle ({@link UnsortedRoute}).
 */
final class Reading {

  /** The two ways. */
  enum Route {
    /** Each task reads its share of patients from every file: no shuffle. */
    SORTED,
    /** The records cross one shuffle, partitioned by patient. */
    SHUFFLED
  }

  /**
   * What was read, and how.
   *
   * @param results the tasks' results
   * @param route the way it was read
   * @param why why the shuffle was needed, or null
   */
  record Outcome(Results results, Route route, String why) {}

  private Reading() {}

  /**
   * Reads and analyses the input.
   *
   * @param setup the broadcast {@link Setup}
   */
  static Outcome read(
      SparkSession spark, List<KindInput> inputs, Broadcast<byte[]> setup, Configuration conf)
      throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String why;
    List<Share> shares = SortedPlan.of(inputs, conf, tasks(spark, inputs));
    if (shares == null) {
      shares = ParquetPlan.of(spark, inputs, conf);
    }
    if (shares == null) {
      why = "the input is not sorted by patient id (or not laid out as the parquet job writes it)";
    } else {
      List<Segment> segments = new ArrayList<>();
      shares.forEach(s -> segments.addAll(s.segments()));
      List<TaskResult> results = new ArrayList<>();
      for (byte[] b :
          jsc.parallelize(shares, shares.size()).mapPartitions(new ShareTask(setup)).collect()) {
        results.add(TaskResult.of(b));
      }
      Results r = new Results(inputs, segments, results);
      if (r.stray() == null && r.cutInQuotes().isEmpty()) {
        return new Outcome(r, Route.SORTED, null);
      }
      why =
          r.stray() != null
              ? "the input is not sorted by patient id (" + r.stray() + " is out of place)"
              : "a quoted cell holds a line break where the files were cut";
    }
    // Partitions of about half a task's bytes: the records travel as text cells, several times
    // the size of their CSV, and a partition's are held together.
    int partitions = 2 * tasks(spark, inputs);
    return new Outcome(
        UnsortedRoute.run(spark, inputs, setup, conf, UnsortedRoute.SEGMENT_BYTES, partitions),
        Route.SHUFFLED,
        why);
  }

  /**
   * Returns how many tasks share the input: a whole number of waves (so that no core waits for a
   * last task), each task about spark.sql.files.maxPartitionBytes of input (128 MB by default).
   */
  static int tasks(SparkSession spark, List<KindInput> inputs) {
    int cores = Math.max(1, spark.sparkContext().defaultParallelism());
    // From Spark's settings, not the session's: reading those would build the SQL session (its
    // analyser and catalog, seconds of start-up) that the sorted route never uses.
    long taskBytes =
        JavaUtils.byteStringAsBytes(
            spark.sparkContext().conf().get("spark.sql.files.maxPartitionBytes", "128m"));
    long bytes = inputs.stream().mapToLong(KindInput::dataBytes).sum();
    return cores * (int) Math.max(1, (bytes + cores * taskBytes - 1) / (cores * taskBytes));
  }
}
