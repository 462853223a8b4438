package org.rehabprogress.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.pipeline.RunProvenance;
import org.rehabprogress.report.Provenance;
import scala.Tuple2;

/**
 * The provenance block of a job's cohort.json, as {@code rehab cohort} writes it: every input file
 * with its size and SHA-256 (hashed by the executors, a file per task, so that the driver reads no
 * input), the catalog, the parameters and the run date.
 */
final class SparkProvenance {

  private static final String GROUP = "rehab-provenance";

  private SparkProvenance() {}

  /**
   * The provenance under way: its hashing runs as a job of its own beside the job's reading, in the
   * tasks' gaps (the last task of a stage leaves cores idle), rather than after it.
   */
  static final class Pending implements AutoCloseable {
    private final SparkSession spark;
    private final ExecutorService thread;
    private final Future<Provenance> provenance;

    private Pending(SparkSession spark, ExecutorService thread, Future<Provenance> provenance) {
      this.spark = spark;
      this.thread = thread;
      this.provenance = provenance;
    }

    /** Waits for the provenance. */
    Provenance get() throws IOException {
      try {
        return provenance.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    /** Cancels the hashing when it is still running (the job failed before it needed it). */
    @Override
    public void close() {
      if (!provenance.isDone()) {
        spark.sparkContext().cancelJobGroup(GROUP);
      }
      thread.shutdownNow();
    }
  }

  /** Starts the provenance of a job; see {@link #of}. */
  static Pending start(
      SparkSession spark,
      List<KindInput> inputs,
      Path catalogFile,
      ActivityCatalog catalog,
      Map<String, Object> parameters,
      LocalDate runDate) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "rehab-provenance");
              t.setDaemon(true);
              return t;
            });
    Future<Provenance> provenance =
        thread.submit(
            () -> {
              spark.sparkContext().setJobGroup(GROUP, "hashing the inputs", true);
              return of(spark, inputs, catalogFile, catalog, parameters, runDate);
            });
    return new Pending(spark, thread, provenance);
  }

  /**
   * Returns the provenance of a job.
   *
   * @param spark the session
   * @param inputs the job's inputs
   * @param catalogFile the file given with --catalog, or null
   * @param catalog the effective catalog
   * @param parameters the job's parameters by name, as the CLI records its own
   * @param runDate --as-of, or today
   */
  static Provenance of(
      SparkSession spark,
      List<KindInput> inputs,
      Path catalogFile,
      ActivityCatalog catalog,
      Map<String, Object> parameters,
      LocalDate runDate) {
    List<String> paths = new ArrayList<>();
    inputs.forEach(i -> paths.addAll(i.paths()));
    Map<String, String[]> hashed = new HashMap<>();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    for (Tuple2<String, String[]> t :
        jsc.binaryFiles(String.join(",", paths), paths.size())
            .mapValues(SparkProvenance::sizeAndHash)
            .collect()) {
      hashed.put(name(t._1()), t._2());
    }
    List<Provenance.InputFile> files = new ArrayList<>();
    for (KindInput input : inputs) {
      String kind = input.kind().name().toLowerCase(Locale.ROOT);
      for (String name : input.fileNames()) {
        String[] h = hashed.get(name);
        files.add(new Provenance.InputFile(kind, name, Long.parseLong(h[0]), h[1]));
      }
    }
    return RunProvenance.of(files, catalogFile, catalog, parameters, runDate);
  }

  private static String name(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  /** Returns a file's size and the SHA-256 of its bytes, lower-case hex. */
  private static String[] sizeAndHash(PortableDataStream stream) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = stream.open()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {Long.toString(size), HexFormat.of().formatHex(digest.digest())};
  }
}
