package org.rehabprogress.spark;

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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.cli.Main;
import org.rehabprogress.pipeline.CohortRun;
import picocli.CommandLine;

/**
 * The Spark job against {@code rehab cohort} on the same files, in both routes (sorted input read
 * without a shuffle, input in any order with one) and from the Parquet copy: every file the CLI
 * writes byte for byte, the ledger, and rejects.csv as {@code rehab validate --rejects} writes it.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedSpark.class)
class CohortJobTest {

  private static final List<String> FILES =
      List.of("activities.csv", "symptoms.csv", "patients.csv", "events.csv", "medications.csv");

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

  /** What a run printed and wrote, and how the job read its input (null for the CLI). */
  private record Run(int exit, String out, String err, Path folder, Reading.Route route) {}

  private static Run cli(Path in, Path out, String... extra) {
    return run(Main.commandLine(), in, out, extra);
  }

  private static Run spark(Path in, Path out, String... extra) {
    SharedSpark.get();
    return run(SparkJob.commandLine(), in, out, extra);
  }

  private static Run run(CommandLine line, Path in, Path out, String... extra) {
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
    Object command = line.getSubcommands().get("cohort").getCommand();
    Reading.Route route = command instanceof CohortJob job ? job.route : null;
    return new Run(exit, o.toString(), e.toString(), out, route);
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

  /** Returns what {@code rehab validate --rejects} writes for a folder. */
  private static String validateRejects(Path in) throws Exception {
    Path file = Files.createTempDirectory(dir, "validate").resolve("rejects.csv");
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(new StringWriter()));
    line.setErr(new PrintWriter(new StringWriter()));
    line.execute("validate", "--in", in.toString(), "--rejects", file.toString());
    return Files.readString(file, StandardCharsets.UTF_8);
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
      // per_patient.csv only with --per-patient, subgroups.csv only with --by, in both or neither;
      // day_pairs.csv only with --panel, which the job does not take
      assertEquals(
          Files.exists(cli.folder().resolve(file)),
          Files.exists(spark.folder().resolve(file)),
          file);
      if (!Files.exists(cli.folder().resolve(file))) {
        assertTrue(
            file.equals("per_patient.csv")
                || file.equals("subgroups.csv")
                || file.equals("day_pairs.csv"),
            file);
        continue;
      }
      assertEquals(
          Files.readString(cli.folder().resolve(file), StandardCharsets.UTF_8),
          Files.readString(spark.folder().resolve(file), StandardCharsets.UTF_8),
          file);
    }
    assertEquals(ledger(cli.out()), ledger(spark.out()));
  }

  /** Copies the canonical files of a folder with each file's data lines in a shuffled order. */
  private static Path shuffled(Path from, String name) throws Exception {
    Path to = Files.createDirectories(dir.resolve(name));
    for (String f : FILES) {
      if (!Files.exists(from.resolve(f))) {
        continue; // an optional file the folder does not have
      }
      List<String> lines = Files.readAllLines(from.resolve(f), StandardCharsets.UTF_8);
      List<String> data = new ArrayList<>(lines.subList(1, lines.size()));
      Collections.shuffle(data, new Random(f.length()));
      data.add(0, lines.get(0));
      Files.write(to.resolve(f), data, StandardCharsets.UTF_8);
    }
    return to;
  }

  @Test
  void givesTheCliFilesOnTheSampleDataWithoutAShuffle() throws Exception {
    Path in = ProjectRoot.sampleData();
    // With --by, so that the job's subgroups (SPEC 11) are compared too.
    String[] options = {"--per-patient", "--by", "sex,age_band"};
    Run spark = spark(in, dir.resolve("spark-sample"), options);
    assertSame(cli(in, dir.resolve("cli-sample"), options), spark);
    assertTrue(Files.exists(spark.folder().resolve("per_patient.csv")));
    assertTrue(Files.exists(spark.folder().resolve("subgroups.csv")));
    assertEquals(Reading.Route.SORTED, spark.route());
    assertFalse(spark.err().contains("shuffle"), spark.err());
    // Rows rejected in both shares of the input (lines 7007 and 14019 of activities.csv) are
    // placed in the file as the CLI numbers its lines.
    assertEquals(
        validateRejects(in),
        Files.readString(spark.folder().resolve("rejects.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void givesTheCliFiguresOnAGeneratedCohortWithBounds() throws Exception {
    String[] bounds = {
      "--from", "2025-12-01", "--to", "2026-10-15", "--min-cell", "5", "--by", "site,sex"
    };
    Run spark = spark(generated, dir.resolve("spark-gen"), bounds);
    assertSame(cli(generated, dir.resolve("cli-gen"), bounds), spark);
    assertEquals(Reading.Route.SORTED, spark.route());
    // without --per-patient the job writes only figures across patients
    assertFalse(Files.exists(spark.folder().resolve("per_patient.csv")));
  }

  @Test
  void groupsInputInAnyOrderWithOneShuffle() throws Exception {
    Path in = shuffled(generated, "shuffled");
    Run spark = spark(in, dir.resolve("spark-shuffled"), "--per-patient");
    assertSame(cli(in, dir.resolve("cli-shuffled"), "--per-patient"), spark);
    assertEquals(Reading.Route.SHUFFLED, spark.route());
    assertTrue(
        spark.err().contains("rehab: warning: the input is not sorted by patient id"), spark.err());
    assertEquals(
        validateRejects(in),
        Files.readString(spark.folder().resolve("rejects.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void placesEveryRejectAsRehabValidateDoes() throws Exception {
    // Quoted line breaks, a byte-order mark, semicolons and decimal commas, blank lines, rows of
    // the wrong width, bad ids, exact repeats, every file: not sorted, so through the shuffle.
    Path messy = ProjectRoot.resolve("src/test/resources/fixtures/spark/messy");
    Run spark = spark(messy, dir.resolve("spark-messy"));
    assertSame(cli(messy, dir.resolve("cli-messy")), spark);
    assertEquals(Reading.Route.SHUFFLED, spark.route());
    assertEquals(
        validateRejects(messy),
        Files.readString(spark.folder().resolve("rejects.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void placesAPatientListedTwiceInBothRoutes() throws Exception {
    // P0004's second, different row is rejected naming the line of the first (6, after P0002's
    // exact repeat on line 4). Sorted, the rows are read without a shuffle; then in another order,
    // with one.
    Path in = Files.createDirectories(dir.resolve("listed-twice"));
    for (String f : List.of("activities.csv", "symptoms.csv", "events.csv")) {
      Files.copy(ProjectRoot.sampleData().resolve(f), in.resolve(f));
    }
    List<String> patients =
        new ArrayList<>(Files.readAllLines(ProjectRoot.sampleData().resolve("patients.csv")));
    String p4 = patients.get(4);
    patients.add(5, p4.substring(0, p4.lastIndexOf(',')) + ",X");
    patients.add(3, patients.get(2));
    Files.write(in.resolve("patients.csv"), patients, StandardCharsets.UTF_8);
    String expected = validateRejects(in);
    assertTrue(expected.contains("is already listed on line 6"), expected);
    Run sorted = spark(in, dir.resolve("spark-twice"));
    assertEquals(Reading.Route.SORTED, sorted.route());
    assertSame(cli(in, dir.resolve("cli-twice")), sorted);
    assertEquals(
        expected, Files.readString(sorted.folder().resolve("rejects.csv"), StandardCharsets.UTF_8));
    Path other = shuffled(in, "listed-twice-shuffled");
    Run shuffled = spark(other, dir.resolve("spark-twice-shuffled"));
    assertEquals(Reading.Route.SHUFFLED, shuffled.route());
    assertSame(cli(other, dir.resolve("cli-twice-shuffled")), shuffled);
    String again = validateRejects(other);
    assertTrue(again.contains("is already listed on line"), again);
    assertEquals(
        again, Files.readString(shuffled.folder().resolve("rejects.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void readsTheMedicationsAsTheCliDoes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("with-medications"));
    for (String f : FILES) {
      Files.copy(ProjectRoot.sampleData().resolve(f), in.resolve(f));
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
  void givesTheCliFiguresFromTheSortedParquetCopy() throws Exception {
    Path parquet = dir.resolve("parquet");
    StringWriter out = new StringWriter();
    CommandLine convert = SparkJob.commandLine();
    convert.setOut(new PrintWriter(out));
    convert.setErr(new PrintWriter(new StringWriter()));
    assertEquals(
        0,
        convert.execute(
            "parquet", "--in", generated.toAbsolutePath().toString(), "--out", parquet.toString()));
    assertTrue(out.toString().contains("activities.csv: "), out.toString());
    Run cli = cli(generated, dir.resolve("cli-parquet"), "--per-patient");
    Run fromParquet = spark(parquet, dir.resolve("spark-parquet"), "--per-patient");
    assertEquals(0, fromParquet.exit(), fromParquet.err());
    assertArrayEquals(
        Files.readAllBytes(cli.folder().resolve("per_patient.csv")),
        Files.readAllBytes(fromParquet.folder().resolve("per_patient.csv")));
    assertEquals(figures(cli.folder()), figures(fromParquet.folder()));
    assertTrue(fromParquet.out().contains("activities.parquet"), fromParquet.out());
    assertEquals(Reading.Route.SORTED, fromParquet.route());
  }

  @Test
  void groupsParquetInAnyLayoutWithOneShuffle() throws Exception {
    // Parquet that another tool wrote: the rows dealt round-robin into two files a table, so that
    // every patient is in both.
    org.apache.spark.sql.SparkSession session = SharedSpark.get();
    Path parquet = dir.resolve("parquet-any");
    for (String f : FILES) {
      session
          .read()
          .option("header", "true")
          .option("escape", "\"")
          .csv(generated.resolve(f).toString())
          .repartition(2)
          .write()
          .parquet(parquet.resolve(f.replace(".csv", ".parquet")).toString());
    }
    Run cli = cli(generated, dir.resolve("cli-parquet-any"), "--per-patient");
    Run fromParquet = spark(parquet, dir.resolve("spark-parquet-any"), "--per-patient");
    assertEquals(0, fromParquet.exit(), fromParquet.err());
    assertEquals(Reading.Route.SHUFFLED, fromParquet.route());
    assertArrayEquals(
        Files.readAllBytes(cli.folder().resolve("per_patient.csv")),
        Files.readAllBytes(fromParquet.folder().resolve("per_patient.csv")));
    assertEquals(figures(cli.folder()), figures(fromParquet.folder()));
  }

  @Test
  void stopsAsTheCliDoesOnBytesThatAreNotUtf8() throws Exception {
    Path in = Files.createDirectories(dir.resolve("not-utf8"));
    for (String f : FILES) {
      Files.copy(ProjectRoot.sampleData().resolve(f), in.resolve(f));
    }
    // A byte that is not UTF-8 in the second half of symptoms.csv, read by the second task.
    byte[] symptoms = Files.readAllBytes(in.resolve("symptoms.csv"));
    int at = symptoms.length * 3 / 4;
    while (symptoms[at] != ',') {
      at++;
    }
    symptoms[at + 1] = (byte) 0xFF;
    Files.write(in.resolve("symptoms.csv"), symptoms);
    Run cli = cli(in, dir.resolve("cli-not-utf8"));
    Run spark = spark(in, dir.resolve("spark-not-utf8"));
    assertEquals(4, cli.exit());
    assertEquals(4, spark.exit());
    // The same line and byte; the job names the file by its URI.
    String where = cli.err().substring(cli.err().indexOf("symptoms.csv:"));
    assertTrue(spark.err().contains(where), spark.err() + " vs " + where);
  }

  @Test
  void stopsAsTheCliDoesWhenAFileIsMissing() {
    Run run = spark(dir.resolve("nowhere"), dir.resolve("spark-nowhere"));
    assertEquals(4, run.exit());
    assertTrue(run.err().startsWith("rehab: "), run.err());
    assertTrue(run.err().contains("folder not found"), run.err());
  }
}
