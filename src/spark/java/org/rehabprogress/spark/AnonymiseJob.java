package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.cli.ExitCodes;
import org.rehabprogress.cli.ExportRules;
import org.rehabprogress.files.OutputKind;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.pipeline.KeyFile;
import org.rehabprogress.pipeline.ToolVersion;
import org.rehabprogress.privacy.DateRegime;
import org.rehabprogress.privacy.Manifest;
import org.rehabprogress.privacy.PseudonymKey;
import org.rehabprogress.privacy.Sharing;
import org.rehabprogress.report.LedgerText;
import org.rehabprogress.report.ManifestJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code anonymise} on Spark: {@code rehab anonymise}'s copy, safe to share, for any size. */
@Command(
    name = "anonymise",
    mixinStandardHelpOptions = true,
    description = {
      "Write the canonical files again, safe to share, as rehab anonymise does, on Spark: the"
          + " same pseudonyms, study (or shifted) dates, dropped text, age bands, site codes and"
          + " manifest.json.",
      "Exit 4 when an input or the key file is missing or unusable, 3 with --strict when a row"
          + " was rejected."
    })
final class AnonymiseJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin JobOptions job;

  @Option(
      names = "--key-file",
      required = true,
      paramLabel = "FILE",
      description = "The secret behind the pseudonyms and date shifts (a file of the driver).")
  Path keyFile;

  @Mixin ExportRules rules;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "Activity catalog rows that extend or replace the built-in ones.")
  Path catalog;

  @Option(names = "--strict", description = "Write nothing and exit 3 when a row is rejected.")
  boolean strict;

  @Option(names = "--quiet", description = "Accepted for symmetry with rehab anonymise.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    DateRegime regime = rules.regime();
    rules.minCell(); // a usage error before Spark starts
    PseudonymKey key = KeyFile.read(keyFile);
    ActivityCatalog activityCatalog = CatalogCsv.effective(catalog);
    String datePattern = job.datePattern();
    KindInput.Format format = job.format();
    boolean own = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = job.session("rehab anonymise");
    try {
      OutputFolder.check(spark, job.out, OutputKind.ANONYMISE, job.in, keyFile, catalog);
      return run(
          spark, regime, Files.readAllBytes(keyFile), key, activityCatalog, datePattern, format);
    } finally {
      if (own) {
        spark.stop();
      }
    }
  }

  private int run(
      SparkSession spark,
      DateRegime regime,
      byte[] keyBytes,
      PseudonymKey key,
      ActivityCatalog activityCatalog,
      String datePattern,
      KindInput.Format format)
      throws InputFileException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (key.length() < KeyFile.ADVISED_BYTES) {
      err.println(
          "rehab: warning: the key file holds "
              + key.length()
              + " bytes; a key of at least "
              + KeyFile.ADVISED_BYTES
              + " random bytes keeps pseudonyms from being guessed");
    }
    List<KindInput> inputs = InputFiles.find(spark, job.in, format);
    InputChecks.headers(inputs).forEach(w -> err.println("rehab: warning: " + w));
    StringBuilder catalogText = new StringBuilder();
    CatalogCsv.write(activityCatalog, catalogText);
    AnonymiseStage.Setup setup =
        new AnonymiseStage.Setup(
            inputs, datePattern, catalogText.toString(), keyBytes, regime, rules.minCell(), null);
    Dataset<Row> plan =
        Grouping.byPatient(spark, inputs)
            .mapPartitions(new AnonymiseStage(setup), Encoders.row(AnonymiseStage.PLAN))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<FileLedger> ledgers = Ledgers.sum(plan, inputs);
      LedgerText.table(ledgers).forEach(out::println);
      long rejected = ledgers.stream().mapToLong(FileLedger::rejected).sum();
      if (strict && rejected > 0) {
        err.println("rehab: --strict: " + rejected + " rows were rejected; nothing written");
        err.flush();
        out.flush();
        return ExitCodes.REJECTED_ROWS;
      }
      Decisions decisions = Decisions.of(plan, activityCatalog, rules.minCell());
      AnonymiseStage.Setup rowsSetup =
          new AnonymiseStage.Setup(
              inputs,
              datePattern,
              catalogText.toString(),
              keyBytes,
              regime,
              rules.minCell(),
              decisions.shared());
      Dataset<Row> rows =
          Grouping.byPatient(spark, inputs)
              .mapPartitions(new AnonymiseStage(rowsSetup), Encoders.row(AnonymiseStage.ROWS))
              .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Manifest manifest = write(spark, rows, inputs, ledgers, decisions, regime);
        out.println(
            "Wrote an anonymised copy of "
                + manifest.patients()
                + (manifest.patients() == 1 ? " patient" : " patients")
                + " to "
                + job.out
                + " ("
                + manifest.regime().label()
                + ", min-cell "
                + manifest.minCell()
                + ").");
      } finally {
        rows.unpersist();
      }
      out.flush();
      err.flush();
      return ExitCodes.OK;
    } finally {
      plan.unpersist();
    }
  }

  private Manifest write(
      SparkSession spark,
      Dataset<Row> rows,
      List<KindInput> inputs,
      List<FileLedger> ledgers,
      Decisions decisions,
      DateRegime regime)
      throws IOException {
    Map<Integer, long[]> counts = new HashMap<>();
    for (Row r :
        rows.select(explode(col("written")).as("w"))
            .select("w.*")
            .groupBy("kind")
            .agg(
                functions.sum("rows"),
                functions.sum("marked"),
                functions.sum("merged"),
                functions.sum("left_out"))
            .collectAsList()) {
      counts.put(r.getInt(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
    }
    Dataset<Row> lines =
        rows.filter(col("pseudonym").isNotNull().or(col("lines").isNotNull()))
            .select(col("pseudonym"), explode(col("lines")).as("l"))
            .select(col("pseudonym"), col("l.kind"), col("l.index"), col("l.line"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Manifest.FileEntry> files = new ArrayList<>();
    OutputFolder folder = OutputFolder.begin(spark, job.out);
    try {
      for (int i = 0; i < inputs.size(); i++) {
        CanonicalFile kind = inputs.get(i).kind();
        long[] c = counts.getOrDefault(kind.ordinal(), new long[4]);
        boolean notes = c[1] > 0;
        writeFile(lines, kind, notes, folder);
        FileLedger ledger = ledgers.get(i);
        files.add(
            new Manifest.FileEntry(
                kind.fileName(), c[0], ledger.rejected(), ledger.duplicates(), c[1], c[2], c[3]));
      }
      Manifest manifest =
          new Manifest(
              regime,
              rules.minCell(),
              decisions.exported(),
              decisions.leftOut(),
              files,
              decisions.shared().siteCounts(),
              decisions.shared().sexCounts(),
              decisions.shared().names());
      Path local = Files.createTempDirectory("rehab-anonymise-");
      try {
        try (Writer w =
            Files.newBufferedWriter(local.resolve("manifest.json"), StandardCharsets.UTF_8)) {
          ManifestJson.write(manifest, ToolVersion.get(), w);
        }
        folder.upload(local);
      } finally {
        LocalFolders.delete(local);
      }
      folder.commit();
      return manifest;
    } catch (Exception e) {
      folder.discard();
      throw folder.failure(job.out, e);
    } finally {
      lines.unpersist();
    }
  }

  /**
   * Writes one anonymised file: the header, then every exported patient's lines in pseudonym order;
   * without the notes column when no row of the file needed it.
   */
  private static void writeFile(
      Dataset<Row> lines, CanonicalFile kind, boolean notes, OutputFolder folder)
      throws IOException {
    Dataset<Row> own = lines.filter(col("kind").equalTo(kind.ordinal()));
    Row header =
        own.filter(col("index").equalTo(0)).select("line").limit(1).collectAsList().stream()
            .findFirst()
            .orElse(null);
    String head = header == null ? null : header.getString(0);
    Column line = col("line");
    boolean logs = kind == CanonicalFile.ACTIVITIES || kind == CanonicalFile.SYMPTOMS;
    if (logs && !notes) {
      // Every line ends with the empty notes cell each patient was written with: drop it.
      line = functions.expr("substring(line, 1, length(line) - 1)");
      head = head == null ? null : head.substring(0, head.length() - ",notes".length());
    }
    Dataset<Row> body =
        own.filter(col("index").gt(0).and(col("pseudonym").isNotNull()))
            .select(col("pseudonym"), col("index"), line.as("line"));
    if (head != null) {
      body =
          body.union(
              own.sparkSession()
                  .createDataFrame(
                      List.of(org.apache.spark.sql.RowFactory.create("", 0, head)), body.schema()));
    }
    String parts = kind.fileName() + ".parts";
    body.orderBy("pseudonym", "index").select("line").coalesce(1).write().text(folder.path(parts));
    folder.single(parts, kind.fileName());
  }

  /**
   * What the driver decides across patients, by privacy's own rules ({@link Sharing}), and the
   * numbers of patients exported and left out.
   */
  private record Decisions(Sharing.Shared shared, int exported, int leftOut) {

    static Decisions of(Dataset<Row> plan, ActivityCatalog catalog, int minCell) {
      Sharing sharing = new Sharing();
      Set<String> pseudonyms = new HashSet<>();
      int exported = 0;
      int leftOut = 0;
      java.util.Iterator<Row> it =
          plan.filter(col("exported").isNotNull())
              .select("exported", "pseudonym", "site", "sex", "names")
              .toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        if (!r.getBoolean(0)) {
          leftOut++;
          continue;
        }
        exported++;
        if (!pseudonyms.add(r.getString(1))) {
          throw new IllegalStateException("two patient ids share a pseudonym; use another key");
        }
        sharing.add(
            r.isNullAt(2) ? null : r.getString(2),
            r.isNullAt(3) ? null : r.getString(3),
            r.<String>getList(4));
      }
      return new Decisions(sharing.decide(minCell, catalog), exported, leftOut);
    }
  }
}
