package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.cli.Main;
import org.rehabprogress.pipeline.CohortRun;
import picocli.CommandLine;

/**
 * The Spark job against {@code rehab cohort} on the same files: per_patient.csv byte for byte,
 * cohort.json's figures, the ledger.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSpark.class)
class CohortJobTest {

  @TempDir static Path dir;

  private static Path generated;

  @BeforeAll
  static void generate() {
    generated = dir.resolve("generated");
    assertEquals(
        0,
        Main.commandLine()
            .execute(
                "sample",
                "--patients",
                "300",
                "--days",
                "365",
                "--seed",
                "7",
                "--out",
                generated.toString()));
  }

  /** What a run printed and wrote. */
  private record Run(int exit, String out, String err, Path folder) {}

  private static Run cli(Path in, Path out, String... extra) {
    return run(Main.commandLine(), "cli", in, out, extra);
  }

  private static Run spark(Path in, Path out, String... extra) {
    SharedSpark.get();
    return run(SparkJob.commandLine(), "spark", in, out, extra);
  }

  private static Run run(CommandLine line, String what, Path in, Path out, String... extra) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    line.setOut(new PrintWriter(o));
    line.setErr(new PrintWriter(e));
    String[] args = new String[6 + extra.length];
    args[0] = "cohort";
    args[1] = "--in";
    args[2] = in.toAbsolutePath().toString();
    args[3] = "--out";
    args[4] = out.toAbsolutePath().toString();
    args[5] = "--as-of=2026-11-20";
    System.arraycopy(extra, 0, args, 6, extra.length);
    int exit = line.execute(args);
    return new Run(exit, o.toString(), e.toString(), out);
  }

  /** Returns the ledger table: its header and one line per file. */
  private static List<String> ledger(String out) {
    List<String> lines = out.lines().toList();
    List<String> ledger = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      if (!line.matches("\\S+( +\\d+){4}")) {
        break;
      }
      ledger.add(line);
    }
    return ledger;
  }

  private static JsonNode figures(Path folder) throws Exception {
    ObjectNode json =
        (ObjectNode) new ObjectMapper().readTree(folder.resolve("cohort.json").toFile());
    json.remove("provenance");
    return json;
  }

  private static void assertSame(Run cli, Run spark) throws Exception {
    assertEquals(0, cli.exit(), cli.err());
    assertEquals(0, spark.exit(), spark.err());
    // Same inputs, same --as-of: every file the CLI writes is the job's, byte for byte, the
    // provenance (input hashes) and the page included.
    for (String file : CohortRun.FILES) {
      // per_patient.csv only with --per-patient, in both or in neither
      assertEquals(
          Files.exists(cli.folder().resolve(file)),
          Files.exists(spark.folder().resolve(file)),
          file);
      if (!Files.exists(cli.folder().resolve(file))) {
        assertEquals("per_patient.csv", file);
        continue;
      }
      assertEquals(
          Files.readString(cli.folder().resolve(file), StandardCharsets.UTF_8),
          Files.readString(spark.folder().resolve(file), StandardCharsets.UTF_8),
          file);
    }
    assertEquals(ledger(cli.out()), ledger(spark.out()));
  }

  @Test
  void readsMedicationsAsTheCliDoes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("with-medications"));
    for (String f : List.of("activities.csv", "symptoms.csv", "patients.csv", "events.csv")) {
      Files.copy(Path.of("sample-data").resolve(f), in.resolve(f));
    }
    Files.writeString(
        in.resolve("medications.csv"),
        "patient_id,start,end,drug,daily_dose,unit\n"
            + "P0001,2026-05-01,,oxycodone,20,mg\n"
            + "P0001,2026-05-01,,oxycodone,20,mg\n"
            + "P0002,2026-05-01,2026-04-01,tramadol,100,mg\n"
            + "P0003,2026-05-01,,fentanyl,25,mcg/hr\n",
        StandardCharsets.UTF_8);
    Run cli = cli(in, dir.resolve("cli-medications"));
    assertSame(cli, spark(in, dir.resolve("spark-medications")));
    assertEquals(
        "medications.csv           4           1           2           1",
        ledger(cli.out()).get(5));
  }

  @Test
  void givesTheCliFiguresOnTheSampleData() throws Exception {
    Path in = Path.of("sample-data");
    assertSame(
        cli(in, dir.resolve("cli-sample"), "--per-patient"),
        spark(in, dir.resolve("spark-sample"), "--per-patient"));
    assertTrue(Files.exists(dir.resolve("spark-sample").resolve("per_patient.csv")));
  }

  @Test
  void givesTheCliFiguresOnAGeneratedCohortWithBounds() throws Exception {
    String[] bounds = {"--from", "2025-12-01", "--to", "2026-10-15", "--min-cell", "5"};
    assertSame(
        cli(generated, dir.resolve("cli-gen"), bounds),
        spark(generated, dir.resolve("spark-gen"), bounds));
    // without --per-patient the job writes only figures across patients
    assertFalse(Files.exists(dir.resolve("spark-gen").resolve("per_patient.csv")));
  }

  @Test
  void givesTheCliFiguresFromParquetPartFiles() throws Exception {
    SparkSession spark = SharedSpark.get();
    Path parquet = dir.resolve("parquet");
    for (KindInput input : InputFiles.find(spark, generated.toString(), null)) {
      // The records as the job's CSV path reads them, in file order, in two part files; records
      // of the wrong width have no place in a table (the CLI rejects them).
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < input.header().size(); i++) {
        columns.add(col("cells").getItem(i).as(input.header().get(i)));
      }
      CanonicalRows.read(spark, input)
          .filter(size(col("cells")).equalTo(input.header().size()))
          .repartitionByRange(2, col("seq"))
          .sortWithinPartitions("seq")
          .select(columns.toArray(Column[]::new))
          .write()
          .parquet(parquet.resolve(input.kind().fileName().replace(".csv", ".parquet")).toString());
    }
    Run cli = cli(generated, dir.resolve("cli-parquet"), "--per-patient");
    Run fromParquet = spark(parquet, dir.resolve("spark-parquet"), "--per-patient");
    assertEquals(0, fromParquet.exit(), fromParquet.err());
    assertArrayEquals(
        Files.readAllBytes(cli.folder().resolve("per_patient.csv")),
        Files.readAllBytes(fromParquet.folder().resolve("per_patient.csv")));
    assertEquals(figures(cli.folder()), figures(fromParquet.folder()));
    assertTrue(fromParquet.out().contains("activities.parquet"), fromParquet.out());
  }

  @Test
  void stopsAsTheCliDoesWhenAFileIsMissing() {
    Run run = spark(dir.resolve("nowhere"), dir.resolve("spark-nowhere"));
    assertEquals(4, run.exit());
    assertTrue(run.err().startsWith("rehab: "), run.err());
    assertTrue(run.err().contains("folder not found"), run.err());
  }
}
