package org.rehabprogress.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.rehabprogress.cli.UsageException;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.spark.KindInput.Format;
import picocli.CommandLine.Option;

/** The options every job shares: input, output, input format, and where Spark runs. */
final class JobOptions {

  @Option(
      names = "--in",
      required = true,
      paramLabel = "URI",
      description =
          "Input folder (local, hdfs:, s3a:, abfs:, gs:) with activities and symptoms, and"
              + " optionally patients, events and medications: NAME.csv,"
              + " NAME.parquet or a folder NAME of part files each.")
  String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "URI",
      description = "Output folder, replaced when the job succeeds.")
  String out;

  @Option(
      names = "--format",
      paramLabel = "csv|parquet",
      description = "Read every input as this format (default: by the names' extensions).")
  String format;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "Accept dates in this order too, e.g. dd/MM/yyyy (ISO yyyy-MM-dd is always accepted).")
  String dateFormat;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, e.g. local[2] to run on this machine (default: spark-submit's).")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "A Spark setting, e.g. spark.sql.shuffle.partitions=400 (repeatable).")
  List<String> conf = new ArrayList<>();

  /** Returns the forced input format, or null. */
  Format format() {
    if (format == null) {
      return null;
    }
    return switch (format) {
      case "csv" -> Format.CSV;
      case "parquet" -> Format.PARQUET;
      default ->
          throw new UsageException(
              "--format \"" + format + "\" is not csv or parquet; use --format csv or parquet");
    };
  }

  /** Returns the --date-format pattern after checking it, or null. */
  String datePattern() {
    if (dateFormat != null) {
      try {
        Dates.pattern(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--date-format \""
                + dateFormat
                + "\" is not a date pattern ("
                + e.getMessage()
                + "); use letters like dd/MM/yyyy");
      }
    }
    return dateFormat;
  }

  /**
   * Returns the Spark session: the one spark-submit configured, or with {@code --master} one of
   * this JVM (local runs bind to the loopback address and start no web UI unless told to).
   */
  SparkSession session(String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (master != null) {
      Logs.quiet();
      builder.master(master);
      if (master.startsWith("local")) {
        builder
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    for (String setting : conf) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new UsageException(
            "--conf \""
                + setting
                + "\" is not KEY=VALUE; write e.g. --conf spark.executor.memory=4g");
      }
      builder.config(setting.substring(0, eq), setting.substring(eq + 1));
    }
    SparkSession spark = builder.getOrCreate();
    if (master != null) {
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }
}
