package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFolder;

/** Only a new or empty folder, or an earlier report, is replaced by a report. */
class ReportFolderTest {

  @TempDir Path dir;

  private InputFolder inputs() {
    return new InputFolder(
        dir.resolve("in/activities.csv"), dir.resolve("in/symptoms.csv"), null, null, null);
  }

  @Test
  void acceptsANewAnEmptyOrAnEarlierReportFolder() throws Exception {
    assertEquals(dir.resolve("new"), ReportFolder.checked(dir.resolve("x/../new"), inputs()));
    Files.createDirectories(dir.resolve("empty"));
    assertEquals(dir.resolve("empty"), ReportFolder.checked(dir.resolve("empty"), inputs()));
    Files.createDirectories(dir.resolve("old"));
    Files.writeString(dir.resolve("old/report.json"), "{}");
    Files.writeString(dir.resolve("old/notes.txt"), "kept with the report");
    assertEquals(dir.resolve("old"), ReportFolder.checked(dir.resolve("old"), inputs()));
  }

  @Test
  void refusesAFolderWithOtherFiles() throws Exception {
    Files.createDirectories(dir.resolve("documents"));
    Files.writeString(dir.resolve("documents/letter.txt"), "dear doctor");
    ReportRefused e =
        assertThrows(
            ReportRefused.class, () -> ReportFolder.checked(dir.resolve("documents"), inputs()));
    assertEquals(
        "--out "
            + dir.resolve("documents")
            + " holds files and is not an earlier report (it has no report.json); the report"
            + " replaces its folder as a whole, so choose a new or empty folder",
        e.getMessage());
  }

  @Test
  void refusesAFolderThatHoldsTheMedicationsInput() throws Exception {
    InputFolder inputs =
        new InputFolder(
            dir.resolve("in/activities.csv"),
            dir.resolve("in/symptoms.csv"),
            null,
            null,
            dir.resolve("meds/medications.csv"));
    ReportRefused e =
        assertThrows(ReportRefused.class, () -> ReportFolder.checked(dir.resolve("meds"), inputs));
    assertEquals(
        "--out "
            + dir.resolve("meds")
            + " holds the input file "
            + dir.resolve("meds/medications.csv")
            + ", which writing the report would delete; choose another folder",
        e.getMessage());
  }

  @Test
  void refusesTheInputFolderAndAFile() throws Exception {
    ReportRefused e = assertThrows(ReportRefused.class, () -> ReportFolder.checked(dir, inputs()));
    assertTrue(
        e.getMessage().startsWith("--out " + dir + " holds the input file "), e.getMessage());
    Files.writeString(dir.resolve("file"), "x");
    e =
        assertThrows(
            ReportRefused.class, () -> ReportFolder.checked(dir.resolve("file"), inputs()));
    assertEquals(
        "--out " + dir.resolve("file") + " is not a folder (a file or a link); choose a new folder",
        e.getMessage());
  }

  @Test
  void refusesTheRoot() {
    Path root = dir.getRoot();
    ReportRefused e = assertThrows(ReportRefused.class, () -> ReportFolder.checked(root, inputs()));
    assertEquals("--out " + root + " is the root folder; choose a new folder", e.getMessage());
  }
}
