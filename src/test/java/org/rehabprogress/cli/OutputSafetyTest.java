package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22's destructive cases through the command line: each is refused with exit 2 and a message,
 * and every input and user file is byte for byte as it was.
 */
class OutputSafetyTest {

  @TempDir Path dir;

  private Path data;
  private Map<String, byte[]> before;

  @BeforeEach
  void clinic() throws Exception {
    data = Files.createDirectories(dir.resolve("data"));
    Path fixture = Path.of(getClass().getResource("/fixtures/report/clinic").toURI());
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName().toString()));
      }
    }
    Files.writeString(dir.resolve("key"), "a key of thirty-two bytes or more, kept apart");
  }

  /** Every file under the temporary folder, with its bytes. */
  private Map<String, byte[]> snapshot() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private void assertUnchanged() throws IOException {
    Map<String, byte[]> after = snapshot();
    assertEquals(before.keySet(), after.keySet());
    before.forEach(
        (name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name));
  }

  private Run refused(String... args) throws IOException {
    before = snapshot();
    Run run = Run.of(args);
    assertEquals(2, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertUnchanged();
    return run;
  }

  private Path thesisFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("writing"));
    Files.writeString(folder.resolve("thesis.docx"), "three years of work");
    return folder;
  }

  @Test
  void cohortIntoItsInputFolder() throws Exception {
    Run run = refused("cohort", "--in", data.toString(), "--out", data.toString(), "--quiet");
    assertEquals(
        "rehab: --out "
            + data
            + " holds "
            + data.resolve("activities.csv")
            + ", an input file of this run, which writing the folder would delete; name a new or"
            + " empty folder\n",
        run.err());
  }

  @Test
  void reportAndCohortIntoAFolderInsideTheirInputFolder() throws Exception {
    Path inside = data.resolve("reports");
    for (String command : new String[] {"report", "cohort"}) {
      Run run = refused(command, "--in", data.toString(), "--out", inside.toString(), "--quiet");
      assertEquals(
          "rehab: --out "
              + inside
              + " lies inside "
              + data
              + ", the folder of an input file of this run; name a folder outside it",
          run.err().strip());
    }
  }

  @Test
  void cohortIntoTheParentOfItsInput() throws Exception {
    Run run = refused("cohort", "--in", data.toString(), "--out", dir.toString(), "--quiet");
    assertTrue(run.err().startsWith("rehab: --out " + dir + " holds "), run.err());
  }

  @Test
  void cohortAndAnonymiseIntoAFolderHoldingAUsersFile() throws Exception {
    Path writing = thesisFolder();
    Run cohort = refused("cohort", "--in", data.toString(), "--out", writing.toString());
    assertEquals(
        "rehab: --out "
            + writing
            + " holds thesis.docx, which is not part of a cohort analysis; the folder is replaced"
            + " as a whole, so name a new or empty folder, or move those files away\n",
        cohort.err());
    Run anonymise =
        refused(
            "anonymise",
            "--in",
            data.toString(),
            "--out",
            writing.toString(),
            "--key-file",
            dir.resolve("key").toString());
    assertTrue(anonymise.err().contains("holds thesis.docx"), anonymise.err());
  }

  @Test
  void reportIntoAFolderHoldingReportJsonAndAUsersFile() throws Exception {
    Path writing = thesisFolder();
    Files.writeString(writing.resolve("report.json"), "{}");
    Run run = refused("report", "--in", data.toString(), "--out", writing.toString(), "--quiet");
    assertEquals(
        "rehab: --out "
            + writing
            + " holds thesis.docx, which is not part of a report; the folder is replaced as a"
            + " whole, so name a new or empty folder, or move those files away\n",
        run.err());
  }

  @Test
  void reportWhoseCatalogLiesInItsOutput() throws Exception {
    Path out = dir.resolve("report");
    assertEquals(0, Run.of("report", "--in", data.toString(), "--out", out.toString()).exit());
    Path catalog = Files.writeString(out.resolve("catalog.csv"), "activity,class\nPadel,FLAGGED\n");
    Run run =
        refused(
            "report",
            "--in",
            data.toString(),
            "--out",
            out.toString(),
            "--catalog",
            catalog.toString());
    assertEquals(
        "rehab: --out "
            + out
            + " holds "
            + catalog
            + ", the catalog of this run, which writing the folder would delete; name a new or"
            + " empty folder\n",
        run.err());
  }

  @Test
  void validateRejectsOntoAnInput() throws Exception {
    Path symptoms = data.resolve("symptoms.csv");
    Run run =
        refused("validate", "--in", data.toString(), "--rejects", symptoms.toString(), "--quiet");
    assertEquals(
        "rehab: --rejects "
            + symptoms
            + " is an input file of this run ("
            + symptoms
            + "), which writing would overwrite; name a new file\n",
        run.err());
  }

  @Test
  void validateRejectsOntoAUsersFileButOverAnEarlierRejectsFile() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.csv"), "my own notes\n");
    refused("validate", "--in", data.toString(), "--rejects", notes.toString());
    Path rejects = dir.resolve("rejects.csv");
    Run first = Run.of("validate", "--in", data.toString(), "--rejects", rejects.toString());
    Run second = Run.of("validate", "--in", data.toString(), "--rejects", rejects.toString());
    assertEquals(first.exit(), second.exit(), second.err());
    assertTrue(Files.readString(rejects).startsWith("file,line,column,value,reason\n"));
  }

  @Test
  void sampleIntoAFolderWithFilesOnlyWithForce() throws Exception {
    Run run = refused("sample", "--patients", "2", "--days", "28", "--out", data.toString());
    assertEquals(
        "rehab: --out "
            + data
            + " already holds activities.csv, events.csv, patients.csv and 1 more; rehab sample"
            + " writes only into a new or empty folder, so that it never overwrites real data:"
            + " name a new folder, or add --force to overwrite the sample's files there\n",
        run.err());
    Path writing = thesisFolder();
    Run forced =
        Run.of("sample", "--patients", "2", "--days", "28", "--force", "--out", writing.toString());
    assertEquals(0, forced.exit(), forced.err());
    assertEquals("three years of work", Files.readString(writing.resolve("thesis.docx")));
    assertTrue(Files.exists(writing.resolve("symptoms.csv")));
  }

  @Test
  void importIntoTheFolderThatHoldsTheExport() throws Exception {
    Path export = Files.writeString(data.resolve("strava.csv"), "Activity Date,Activity Type\n");
    Run run =
        refused(
            "import", "strava", export.toString(), "--patient-id", "P1", "--out", data.toString());
    assertEquals(
        "rehab: --out "
            + data
            + " holds "
            + export
            + ", the export of this run, which writing the folder would delete; name a new or"
            + " empty folder\n",
        run.err());
  }

  @Test
  void everyCommandReplacesItsOwnEarlierOutput() throws Exception {
    String in = data.toString();
    String key = dir.resolve("key").toString();
    String[][] runs = {
      {"report", "--in", in, "--out", dir.resolve("r").toString(), "--png"},
      {"cohort", "--in", in, "--out", dir.resolve("c").toString()},
      {"anonymise", "--in", in, "--out", dir.resolve("a").toString(), "--key-file", key},
    };
    for (String[] args : runs) {
      assertEquals(0, Run.of(args).exit(), String.join(" ", args));
      Run again = Run.of(args);
      assertEquals(0, again.exit(), again.err());
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(
          java.util.List.of("a", "c", "data", "key", "r"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
