package org.rehabprogress.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.cli.Main;
import org.rehabprogress.cli.PlantedClinic;
import picocli.CommandLine;

/**
 * The Spark anonymise job against {@code rehab anonymise} under the same key: the same files, byte
 * for byte (pseudonyms, study or shifted dates, site codes and activity names, manifest).
 */
@ExtendWith(SharedSpark.class)
class AnonymiseJobTest {

  @TempDir Path dir;

  private static int run(CommandLine line, String... args) {
    StringWriter out = new StringWriter();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(new StringWriter()));
    return line.execute(args);
  }

  private void assertSameCopy(Path in, String... extra) throws Exception {
    Path key = dir.resolve("key");
    Files.write(key, "a key of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8));
    Path cli = dir.resolve("cli");
    Path spark = dir.resolve("spark");
    String[] common = {"--in", in.toAbsolutePath().toString(), "--key-file", key.toString()};
    assertEquals(
        0,
        run(
            Main.commandLine(),
            concat(new String[] {"anonymise", "--out", cli.toString()}, common, extra)));
    assertEquals(
        0,
        run(
            SparkJob.commandLine(),
            concat(new String[] {"anonymise", "--out", spark.toString()}, common, extra)));
    List<String> files = names(cli);
    assertEquals(files, names(spark));
    for (String f : files) {
      assertEquals(
          Files.readString(cli.resolve(f), StandardCharsets.UTF_8),
          Files.readString(spark.resolve(f), StandardCharsets.UTF_8),
          f);
    }
  }

  /** Returns the files of a copy, without the checksum files Hadoop's local file system adds. */
  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(".crc"))
          .sorted()
          .toList();
    }
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }

  @Test
  void writesTheCliCopyOfTheSampleData() throws Exception {
    assertSameCopy(ProjectRoot.sampleData());
  }

  @Test
  void writesTheCliMedicationsWithTheirRejectsMergesAndLeftOutRows() throws Exception {
    // The CLI's anonymise fixture: a rejected dose, two rows that read the same once their text
    // is gone (merged), an injected opioid, a non-opioid, and an id found in no other file.
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String f :
        List.of(
            "activities.csv", "symptoms.csv", "patients.csv", "events.csv", "medications.csv")) {
      try (InputStream text = getClass().getResourceAsStream("/fixtures/anonymise/" + f)) {
        Files.copy(text, in.resolve(f));
      }
    }
    assertSameCopy(in, "--min-cell", "2");
    assertEquals(true, Files.exists(dir.resolve("spark/medications.csv")));
  }

  @Test
  void writesTheCliCopyOfPlantedFreeTextAndNoPlantedNameOrDate() throws Exception {
    Path in = Files.createDirectories(dir.resolve("planted"));
    PlantedClinic.write(in);
    assertSameCopy(in);
    assertEquals(List.of(), PlantedClinic.found(dir.resolve("spark")));
  }

  @Test
  void refusesAnOutputThatHoldsItsInputOrAUsersFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    PlantedClinic.write(in);
    Files.writeString(dir.resolve("key"), "a key of thirty-two bytes or more!");
    StringWriter err = new StringWriter();
    CommandLine job = SparkJob.commandLine();
    job.setOut(new PrintWriter(new StringWriter()));
    job.setErr(new PrintWriter(err, true));
    String key = dir.resolve("key").toString();
    assertEquals(
        2,
        job.execute(
            "anonymise", "--in", in.toString(), "--out", dir.toString(), "--key-file", key));
    assertEquals(
        "rehab: --out "
            + dir
            + " holds "
            + in
            + ", the input folder of this job, which writing the folder would delete; name a new or"
            + " empty folder\n",
        err.toString());
    Path writing = Files.createDirectories(dir.resolve("writing"));
    Files.writeString(writing.resolve("thesis.docx"), "mine");
    err.getBuffer().setLength(0);
    assertEquals(
        2,
        job.execute(
            "anonymise", "--in", in.toString(), "--out", writing.toString(), "--key-file", key));
    assertEquals(
        "rehab: --out "
            + writing
            + " holds thesis.docx, which is not part of an anonymised copy; the folder is replaced"
            + " as a whole, so name a new or empty folder, or move those files away\n",
        err.toString());
    assertEquals("mine", Files.readString(writing.resolve("thesis.docx")));
  }

  @Test
  void writesTheCliCopyWithShiftedDatesAndASmallerCell() throws Exception {
    assertSameCopy(ProjectRoot.sampleData(), "--dates", "shift", "--min-cell", "3");
  }
}
