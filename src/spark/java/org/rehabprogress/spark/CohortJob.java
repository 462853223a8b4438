package org.rehabprogress.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.cli.CohortBounds;
import org.rehabprogress.cli.ExitCodes;
import org.rehabprogress.cli.RunDate;
import org.rehabprogress.cohort.CohortAnalysis;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.files.OutputKind;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.pipeline.CohortRequest;
import org.rehabprogress.pipeline.CohortRun;
import org.rehabprogress.report.CohortSummaryText;
import org.rehabprogress.report.LedgerText;
import org.rehabprogress.report.RejectsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cohort} on Spark: {@code rehab cohort}'s analysis and files, for any size of input. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse every patient over the whole log, as rehab cohort does, on Spark: rejects.csv, the"
          + " cohort's figures, tables and pages, and with --per-patient per_patient.csv.",
      "Exit 3 with --strict when a row was rejected, 4 when an input is missing or malformed."
    })
final class CohortJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin JobOptions job;

  @Mixin CohortBounds bounds;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "Activity catalog rows that extend or replace the built-in ones (a file of the driver).")
  Path catalog;

  @Mixin RunDate runDate;

  @Option(names = "--strict", description = "Fail (exit 3, nothing written) on any rejected row.")
  boolean strict;

  @Option(names = "--quiet", description = "Accepted for symmetry with rehab cohort.")
  boolean quiet;

  /** How the last run read its input, for tests. */
  Reading.Route route;

  @Override
  public Integer call() throws Exception {
    CohortParameters parameters = bounds.parameters();
    ActivityCatalog activityCatalog = CatalogCsv.effective(catalog);
    String datePattern = job.datePattern();
    KindInput.Format format = job.format();
    boolean own = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = job.session("rehab cohort");
    try {
      OutputFolder.check(spark, job.out, OutputKind.COHORT, job.in, catalog);
      return run(spark, parameters, activityCatalog, datePattern, format);
    } finally {
      if (own) {
        spark.stop();
      }
    }
  }

  private int run(
      SparkSession spark,
      CohortParameters parameters,
      ActivityCatalog activityCatalog,
      String datePattern,
      KindInput.Format format)
      throws InputFileException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    System.err.println(
        +java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
    List<KindInput> inputs = InputFiles.find(spark, job.in, format);
    InputChecks.headers(inputs).forEach(w -> err.println("rehab: warning: " + w));
    StringBuilder catalogText = new StringBuilder();
    CatalogCsv.write(activityCatalog, catalogText);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Setup setup =
        new Setup(
            inputs, datePattern, catalogText.toString(), parameters, HadoopFiles.settings(conf));
    try (SparkProvenance.Pending provenance =
        SparkProvenance.start(
            spark,
            inputs,
            catalog,
            activityCatalog,
            CohortRequest.provenance(parameters, strict, datePattern, catalog),
            runDate.get())) {
      return run(spark, parameters, activityCatalog, inputs, setup, provenance);
    }
  }

  private int run(
      SparkSession spark,
      CohortParameters parameters,
      ActivityCatalog activityCatalog,
      List<KindInput> inputs,
      Setup setup,
      SparkProvenance.Pending provenance)
      throws InputFileException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String datePattern = setup.datePattern();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<byte[]> broadcast = jsc.broadcast(setup.bytes());
    Reading.Outcome read;
    try {
      read = Reading.read(spark, inputs, broadcast, conf);
    } finally {
      broadcast.destroy();
    }
    route = read.route();
    if (read.why() != null) {
      err.println(
          "rehab: warning: "
              + read.why()
              + "; its rows were grouped by patient with a shuffle, which costs more"
              + " (the parquet job writes a sorted copy once)");
    }
    Results results = read.results();
    InputFileException failure = results.failure();
    if (failure != null) {
      throw failure;
    }
    List<FileLedger> ledgers = results.ledgers();
    LedgerText.table(ledgers).forEach(out::println);
    long rejected = ledgers.stream().mapToLong(FileLedger::rejected).sum();
    if (strict && rejected > 0) {
      out.println("Nothing written: --strict and " + rejected + " rejected rows.");
      out.flush();
      return ExitCodes.REJECTED_ROWS;
    }
    if (rejected > 0) {
      out.println(rejected + " rejected rows left out; rejects.csv lists them.");
    }
    // The subgroups of --by (SPEC 11) on the driver, from the rows the tasks sent, as the CLI does.
    CohortResult result =
        CohortRun.withSubgroups(
            CohortAnalysis.combine(parameters, activityCatalog, results.parts()));
    CohortCells cells = CohortCells.of(result);
    OutputFolder folder = OutputFolder.begin(spark, job.out);
    try {
      int duplicates = Math.toIntExact(ledgers.stream().mapToLong(FileLedger::duplicates).sum());
      Path local = Files.createTempDirectory("rehab-cohort-");
      try {
        CohortRun.writePerPatient(result, local);
        try (Writer w =
            Files.newBufferedWriter(local.resolve("rejects.csv"), StandardCharsets.UTF_8)) {
          RejectsCsv.write(results.rejects(), w);
        }
        CohortRun.writeFigures(
            result,
            cells,
            ledgers,
            Math.toIntExact(rejected),
            duplicates,
            provenance.get(),
            CohortRun.charts(result, cells),
            local);
        folder.upload(local);
      } finally {
        LocalFolders.delete(local);
      }
      folder.commit();
    } catch (Exception e) {
      folder.discard();
      throw folder.failure(job.out, e);
    }
    CohortSummaryText.lines(result, cells).forEach(out::println);
    out.println("Wrote " + job.out);
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
