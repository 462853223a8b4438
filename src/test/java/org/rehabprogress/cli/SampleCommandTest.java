package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SampleCommandTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void writesTheFiveFilesAndSaysWhatItWrote() throws IOException {
    Path target = dir.resolve("new/data");
    int code =
        run("sample", "--patients", "3", "--days", "30", "--seed", "1", "--out", target.toString());
    assertEquals(0, code, err.toString());
    long symptoms = rows(target.resolve("symptoms.csv"));
    long activities = rows(target.resolve("activities.csv"));
    long events = rows(target.resolve("events.csv"));
    long medications = rows(target.resolve("medications.csv"));
    assertEquals(3, rows(target.resolve("patients.csv")));
    assertEquals(
        "wrote 3 patients, "
            + symptoms
            + " symptom rows, "
            + activities
            + " activity rows, "
            + events
            + " events, "
            + medications
            + " medication rows and 8 planted faults to "
            + target
            + NL,
        out.toString());
    assertEquals("", err.toString());
    try (Stream<Path> files = Files.list(target)) {
      assertEquals(
          List.of(
              "activities.csv", "events.csv", "medications.csv", "patients.csv", "symptoms.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void writesTheSameBytesOverAnEarlierSampleWithForce() throws IOException {
    Path target = dir.resolve("data");
    run("sample", "--patients", "2", "--days", "28", "--out", target.toString());
    byte[] first = Files.readAllBytes(target.resolve("activities.csv"));
    assertEquals(
        0,
        run("sample", "--patients", "2", "--days", "28", "--force", "--out", target.toString()),
        err.toString());
    assertArrayEquals(first, Files.readAllBytes(target.resolve("activities.csv")));
  }

  @ParameterizedTest
  @CsvSource({
    "--patients, 0, '--patients must be 1-1000000, got 0'",
    "--patients, 1000001, '--patients must be 1-1000000, got 1000001'",
    "--days, 27, '--days must be 28-3650, got 27'",
    "--days, 3651, '--days must be 28-3650, got 3651'"
  })
  void rejectsAnOutOfRangeOptionWithUsage(String option, String value, String message) {
    int code = run("sample", option, value, "--out", dir.resolve("data").toString());
    assertEquals(2, code);
    assertEquals(
        "rehab: " + message + "; rehab sample --help lists the options" + NL, err.toString());
    assertEquals("", out.toString());
    assertTrue(Files.notExists(dir.resolve("data")));
  }

  @Test
  void rejectsAnEndThatIsNoCalendarDay() {
    int code = run("sample", "--end", "2026-02-30", "--out", dir.toString());
    assertEquals(2, code);
    assertTrue(
        err.toString().startsWith("rehab: invalid value for option '--end'"), err.toString());
  }

  @Test
  void refusesAnOutThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x", StandardCharsets.UTF_8);
    int code = run("sample", "--patients", "1", "--out", file.toString());
    assertEquals(2, code);
    assertEquals(
        "rehab: --out " + file + " is a file, not a folder; name a new or empty folder" + NL,
        err.toString());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void showsHelp() {
    assertEquals(0, run("sample", "--help"));
    String help = out.toString();
    assertTrue(help.startsWith("Usage: rehab sample "), help);
    assertTrue(help.contains("--patients=N") && help.contains("(default: 40)"), help);
    assertTrue(help.contains("--end=DAY") && help.contains("(default: 2026-10-31)"), help);
  }

  private static long rows(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.count() - 1;
    }
  }

  @Test
  void quietWritesTheFilesAndPrintsNothing() throws Exception {
    Path target = dir.resolve("quiet");
    assertEquals(
        0, run("sample", "--patients", "2", "--days", "28", "--quiet", "--out", target.toString()));
    assertEquals(2, rows(target.resolve("patients.csv")));
    assertEquals("", out.toString());
    assertEquals("", err.toString());
  }
}
