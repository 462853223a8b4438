package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputRefused;
import org.rehabprogress.ingest.InputFileException;

/** The one mapping from a failure to its exit code and line, however the failure is wrapped. */
class FailuresTest {

  @TempDir Path dir;

  private record Handled(int code, String err) {}

  private static Handled handle(Throwable failure) {
    StringWriter err = new StringWriter();
    int code = Failures.handle(failure, new PrintWriter(err, true), Failures.CLI_MEMORY);
    return new Handled(code, err.toString());
  }

  @Test
  void mapsEachKindOfFailureWhereverItIsAmongTheCauses() {
    OutputFailure disk =
        OutputFailure.of(
            Path.of("reports/2026-10"),
            new FileSystemException(
                "reports/.2026-10.rehab-x/index.html", null, "No space left on device"));
    assertEquals(
        new Handled(
            5,
            "rehab: cannot write reports/2026-10: no space left on device; free some space there,"
                + " or write somewhere else (nothing there changed)\n"),
        handle(new CompletionException(new ExecutionException(disk))));
    InputFileException input =
        new InputFileException("data/symptoms.csv", 0, "file not found", "export it");
    assertEquals(
        new Handled(4, "rehab: data/symptoms.csv:0: file not found; export it\n"),
        handle(new RuntimeException("Job aborted", new IllegalStateException(input))));
    assertEquals(
        new Handled(2, "rehab: --out x holds y; name another\n"),
        handle(new OutputRefused("--out x holds y; name another")));
    assertEquals(
        new Handled(2, "rehab: --min-cell must be 1 or more, got 0\n"),
        handle(new UsageException("--min-cell must be 1 or more, got 0")));
  }

  @Test
  void aDefectGetsItsTraceAndExitOne() {
    Handled h = handle(new NullPointerException("bug"));
    assertEquals(1, h.code());
    assertTrue(h.err().startsWith("rehab: internal error, please report it with this trace:\n"));
    assertTrue(h.err().contains("java.lang.NullPointerException: bug\n\tat "), h.err());
  }

  @Test
  void saysWhatRanOutHowMuchThereWasAndWhatToDo() {
    assertEquals(
        "out of memory: the run needed more than its maximum heap of 5.9 GB; run it again with a"
            + " larger heap (java -Xmx12g -jar rehab.jar ...), with the build's options for large"
            + " inputs (java @target/rehab.jvmopts -jar target/rehab.jar ..., which let the heap"
            + " grow to half the memory), or, for larger cohorts, as the Spark job"
            + " (org.rehabprogress.spark.SparkJob); earlier outputs are as they were",
        // 6,291,456 KiB = 6.0 GiB would print 6.0; the JVM's default of a quarter of 23.5 GiB:
        Failures.memoryLine(6_335_496_192L, Failures.CLI_MEMORY));
    assertEquals(
        "out of memory: the run needed more than its maximum heap of 512 MB; give the driver a"
            + " larger heap (spark-submit --driver-memory 1g, or java -Xmx1g with --master"
            + " local[N]), or run on a cluster with more executors; earlier outputs are as they"
            + " were",
        Failures.memoryLine(512L << 20, Failures.SPARK_MEMORY));
  }

  /**
   * A real run out of memory: rehab cohort on 146,000 symptom rows in a 24 MB heap. One line, exit
   * 5, no trace, the earlier output as it was and nothing left beside it.
   */
  @Test
  void aRunThatRunsOutOfMemoryEndsWithOneLineAndExitFive() throws Exception {
    Path data = dir.resolve("data");
    Run sample =
        Run.of("sample", "--patients", "400", "--days", "365", "--out", data.toString(), "--quiet");
    assertEquals(0, sample.exit(), sample.err());
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("cohort.json"), "{\"earlier\": true}");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "cohort",
                "--in",
                data.toString(),
                "--out",
                out.toString(),
                "--quiet")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(5, process.exitValue(), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(
        err.startsWith(
            "rehab: out of memory: the run needed more than its maximum heap of 24 MB; run it"
                + " again with a larger heap (java -Xmx1g -jar rehab.jar ...)"),
        err);
    assertEquals("{\"earlier\": true}", Files.readString(out.resolve("cohort.json")));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(
          List.of("data", "out"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
