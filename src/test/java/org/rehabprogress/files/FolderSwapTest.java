package org.rehabprogress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complete output at its name at every step, and nothing of a failed or killed run left. */
class FolderSwapTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path earlier() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("report.json"), "earlier");
    return out;
  }

  @Test
  void replacesAFolderAndLeavesNothingBeside() throws Exception {
    Path out = earlier();
    FolderSwap.replace(out, f -> Files.writeString(f.resolve("report.json"), "new"));
    assertEquals("new", Files.readString(out.resolve("report.json")));
    assertEquals(List.of("out"), names());
  }

  @Test
  void aWriterThatFailsToWriteLeavesTheEarlierFolderAndIsAnOutputFailure() throws Exception {
    Path out = earlier();
    OutputFailure e =
        assertThrows(
            OutputFailure.class,
            () ->
                FolderSwap.replace(
                    out,
                    f -> {
                      Files.writeString(f.resolve("report.json"), "half");
                      throw new FileSystemException(
                          f.resolve("charts").toString(), null, "No space left on device");
                    }));
    assertEquals(
        "cannot write "
            + out
            + ": no space left on device; free some space there, or write somewhere else (nothing"
            + " there changed)",
        e.getMessage());
    assertEquals("earlier", Files.readString(out.resolve("report.json")));
    assertEquals(List.of("out"), names());
  }

  @Test
  void aBugOrAnErrorIsPassedOnAndLeavesNothingBeside() throws Exception {
    Path out = earlier();
    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(
        bug,
        assertThrows(
            IllegalStateException.class,
            () ->
                FolderSwap.replace(
                    out,
                    f -> {
                      throw bug;
                    })));
    OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
    assertSame(
        memory,
        assertThrows(
            OutOfMemoryError.class,
            () ->
                FolderSwap.replace(
                    out,
                    f -> {
                      throw memory;
                    })));
    assertEquals("earlier", Files.readString(out.resolve("report.json")));
    assertEquals(List.of("out"), names());
  }

  @Test
  void replacesAFileInOneRename() throws Exception {
    Path file = Files.writeString(dir.resolve("rejects.csv"), "earlier");
    FolderSwap.replaceFile(file, f -> Files.writeString(f, "new"));
    assertEquals("new", Files.readString(file));
    assertThrows(
        OutputFailure.class,
        () ->
            FolderSwap.replaceFile(
                file,
                f -> {
                  Files.writeString(f, "half");
                  throw new IOException("No space left on device");
                }));
    assertEquals("new", Files.readString(file));
    assertEquals(List.of("rejects.csv"), names());
  }

  @Test
  void replacesFilesInAFolderAndKeepsTheOthers() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("patients.csv"), "earlier");
    Files.writeString(data.resolve("thesis.docx"), "mine");
    FolderSwap.replaceFiles(data, f -> Files.writeString(f.resolve("patients.csv"), "new"));
    assertEquals("new", Files.readString(data.resolve("patients.csv")));
    assertEquals("mine", Files.readString(data.resolve("thesis.docx")));
    assertEquals(List.of("data"), names());
  }

  @Test
  void theNextRunPutsBackAnOutputThatAKillBetweenTheTwoRenamesLeftAside() throws Exception {
    // What a kill between "the earlier output aside" and "the new one in" leaves: no folder at
    // the name, the earlier one aside, the new one complete, and a lock file nobody holds.
    String id = "0123456789abcdef";
    Path aside = Files.createDirectories(dir.resolve(".out.rehab-" + id + ".old"));
    Files.writeString(aside.resolve("report.json"), "earlier");
    Path fresh = Files.createDirectories(dir.resolve(".out.rehab-" + id));
    Files.writeString(fresh.resolve("report.json"), "new");
    Files.writeString(dir.resolve(".out.rehab-" + id + ".lock"), "");

    FolderSwap.replace(dir.resolve("other"), f -> Files.writeString(f.resolve("x"), "x"));

    assertEquals("earlier", Files.readString(dir.resolve("out/report.json")));
    assertEquals(List.of("other", "out"), names());
  }

  @Test
  void removesWhatAKilledRunLeftButNotWhatALiveRunIsWriting() throws Exception {
    Process live = child(dir.resolve("live"));
    Process killed = child(dir.resolve("killed"));
    try {
      Path liveTemp = ready(live);
      Path killedTemp = ready(killed);
      killed.destroyForcibly();
      assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
      assertTrue(Files.isDirectory(killedTemp), "a kill leaves the temporary folder");

      FolderSwap.replace(dir.resolve("report"), f -> Files.writeString(f.resolve("x"), "x"));

      assertFalse(Files.exists(killedTemp), "the next run removes a killed run's folder");
      assertTrue(Files.isDirectory(liveTemp), "a live run's folder stays");
      assertEquals(
          List.of(liveTemp.getFileName().toString(), liveTemp.getFileName() + ".lock", "report"),
          names());
    } finally {
      live.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    FolderSwap.replace(dir.resolve("report"), f -> Files.writeString(f.resolve("x"), "x"));
    assertEquals(List.of("report"), names());
  }

  @Test
  void leavesAlonePathsThatOnlyLookLikeOurs() throws Exception {
    Files.createDirectories(dir.resolve(".out.rehab-backup"));
    Files.createDirectories(dir.resolve(".out.rehab-0123456789ABCDEF"));
    Files.writeString(dir.resolve("out.rehab-0123456789abcdef"), "mine");
    FolderSwap.replace(dir.resolve("other"), f -> Files.writeString(f.resolve("x"), "x"));
    assertEquals(
        List.of(
            ".out.rehab-0123456789ABCDEF",
            ".out.rehab-backup",
            "other",
            "out.rehab-0123456789abcdef"),
        names());
  }

  private static Process child(Path target) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            SwapChild.class.getName(),
            target.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static Path ready(Process child) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertTrue(line != null && line.contains(".rehab-"), "the child began a swap: " + line);
    return Path.of(line);
  }
}
