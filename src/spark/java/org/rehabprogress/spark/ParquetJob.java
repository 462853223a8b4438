package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.cli.ExitCodes;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.ingest.InputFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code parquet}: a copy of the canonical files as Parquet, sorted by patient id, so that a
 * registry pays for splitting its CSV once. Each file becomes {@code NAME.parquet}, a folder of
 * part files with the file's columns under their header names, every column text (the cells as
 * written: the cohort job's rows, rejects and exact repeats on the copy are those of the CSV), rows
 * in patient id order and, within a patient, in file order; part file {@code i} of every file holds
 * the same patients. A record whose number of cells differs from its header's has no place in a
 * table: it is left out and counted (rehab validate lists it).
 */
@Command(
    name = "parquet",
    mixinStandardHelpOptions = true,
    description = {
      "Write the canonical files of --in as Parquet sorted by patient id (NAME.parquet folders,"
          + " every column text, the cells as written), for the cohort job to read.",
      "Exit 4 when an input is missing or malformed."
    })
final class ParquetJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin JobOptions job;

  @Override
  public Integer call() throws InputFileException, IOException {
    KindInput.Format format = job.format();
    boolean own = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = job.session("rehab parquet");
    try {
      return run(spark, format);
    } finally {
      if (own) {
        spark.stop();
      }
    }
  }

  private int run(SparkSession spark, KindInput.Format format)
      throws InputFileException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<KindInput> inputs = InputFiles.find(spark, job.in, format);
    InputChecks.headers(inputs).forEach(w -> err.println("rehab: warning: " + w));
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Setup setup =
        new Setup(inputs, null, "", CohortParameters.wholeLog(), HadoopFiles.settings(conf));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<byte[]> broadcast = jsc.broadcast(setup.bytes());
    Dataset<Row> rows;
    Set<CanonicalFile> whole = EnumSet.noneOf(CanonicalFile.class);
    while (true) {
      List<Segment> segments =
          UnsortedRoute.segments(inputs, conf, UnsortedRoute.SEGMENT_BYTES, whole);
      rows =
          UnsortedRoute.rows(spark, inputs, broadcast, segments, true)
              .persist(StorageLevel.MEMORY_AND_DISK());
      List<TaskResult> accounts = new ArrayList<>();
      for (Row r : rows.filter(col("kind").equalTo(-1)).select("account").collectAsList()) {
        accounts.add(TaskResult.of((byte[]) r.get(0)));
      }
      Results results = new Results(inputs, segments, accounts);
      InputFileException failure = results.failure();
      if (failure != null) {
        rows.unpersist();
        throw failure;
      }
      List<CanonicalFile> cut = results.cutInQuotes();
      if (cut.isEmpty() || whole.containsAll(cut)) {
        break;
      }
      rows.unpersist();
      whole.addAll(cut);
    }
    int tasks = Reading.tasks(spark, inputs);
    Dataset<Row> sorted =
        rows.filter(col("kind").geq(0))
            .repartitionByRange(tasks, col("pid"))
            .sortWithinPartitions("pid", "place")
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, long[]> counts = new HashMap<>();
      for (Row r :
          sorted.groupBy(col("kind"), size(col("cells")).as("width")).count().collectAsList()) {
        counts.computeIfAbsent(r.getInt(0) + "/" + r.getInt(1), k -> new long[1])[0] = r.getLong(2);
      }
      OutputFolder folder = OutputFolder.begin(spark, job.out);
      try {
        for (KindInput input : inputs) {
          int width = input.header().size();
          List<Column> columns = new ArrayList<>();
          for (int i = 0; i < width; i++) {
            columns.add(col("cells").getItem(i).as(input.header().get(i).strip()));
          }
          String name = input.kind().fileName().replace(".csv", ".parquet");
          sorted
              .filter(col("kind").equalTo(input.kind().ordinal()))
              .filter(size(col("cells")).equalTo(width))
              .select(columns.toArray(Column[]::new))
              .write()
              .mode(SaveMode.ErrorIfExists)
              .parquet(folder.path(name));
          long kept = 0;
          long left = 0;
          for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (e.getKey().startsWith(input.kind().ordinal() + "/")) {
              boolean fits = e.getKey().equals(input.kind().ordinal() + "/" + width);
              kept += fits ? e.getValue()[0] : 0;
              left += fits ? 0 : e.getValue()[0];
            }
          }
          out.println(
              input.name()
                  + ": "
                  + kept
                  + " rows to "
                  + name
                  + (left == 0
                      ? ""
                      : " (" + left + " records whose cells do not match the header left out)"));
        }
        folder.commit();
      } catch (IOException | RuntimeException e) {
        folder.discard();
        throw e;
      }
    } finally {
      sorted.unpersist();
      rows.unpersist();
      broadcast.destroy();
    }
    out.println("Wrote " + job.out);
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
