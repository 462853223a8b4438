package org.rehabprogress.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one decision whether an output may be written: what it accepts, and what it refuses. */
class OutputPolicyTest {

  @TempDir Path dir;

  private Path in;
  private List<RunInput> inputs;

  @BeforeEach
  void inputs() throws Exception {
    in = Files.createDirectories(dir.resolve("data"));
    Files.writeString(in.resolve("activities.csv"), "a");
    Files.writeString(in.resolve("symptoms.csv"), "s");
    Files.writeString(dir.resolve("catalog.csv"), "c");
    inputs =
        List.of(
            RunInput.file(in.resolve("activities.csv")),
            RunInput.file(in.resolve("symptoms.csv")),
            new RunInput(dir.resolve("catalog.csv"), "the catalog"));
  }

  private String refused(Path out, OutputKind kind) {
    return assertThrows(OutputRefused.class, () -> OutputPolicy.folder(out, kind, inputs))
        .getMessage();
  }

  @Test
  void acceptsANewAnEmptyOrAnEarlierOutputOfTheSameCommand() throws Exception {
    assertEquals(
        dir.resolve("new"),
        OutputPolicy.folder(dir.resolve("x/../new"), OutputKind.REPORT, inputs));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(empty, OutputPolicy.folder(empty, OutputKind.COHORT, inputs));
    Path report = Files.createDirectories(dir.resolve("report/patients"));
    Files.createDirectories(dir.resolve("report/charts"));
    Files.writeString(dir.resolve("report/report.json"), "{}");
    Files.writeString(dir.resolve("report/index.html"), "");
    Files.writeString(dir.resolve("report/patients/P1.html"), "");
    Files.writeString(dir.resolve("report/charts/P1-timeline.svg"), "");
    Files.writeString(dir.resolve("report/.DS_Store"), "");
    assertEquals(
        report.getParent(), OutputPolicy.folder(report.getParent(), OutputKind.REPORT, inputs));
  }

  @Test
  void refusesTheInputFolderItsParentAndAFolderHoldingTheCatalog() {
    assertEquals(
        "--out "
            + in
            + " holds "
            + in.resolve("activities.csv")
            + ", an input file of this run, which writing the folder would delete; name a new or"
            + " empty folder",
        refused(in, OutputKind.COHORT));
    assertEquals(
        "--out "
            + dir
            + " holds "
            + in.resolve("activities.csv")
            + ", an input file of this run, which writing the folder would delete; name a new or"
            + " empty folder",
        refused(dir, OutputKind.COHORT));
    List<RunInput> withCatalogInside =
        List.of(new RunInput(dir.resolve("out/catalog.csv"), "the catalog"));
    assertEquals(
        "--out "
            + dir.resolve("out")
            + " holds "
            + dir.resolve("out/catalog.csv")
            + ", the catalog of this run, which writing the folder would delete; name a new or"
            + " empty folder",
        assertThrows(
                OutputRefused.class,
                () -> OutputPolicy.folder(dir.resolve("out"), OutputKind.REPORT, withCatalogInside))
            .getMessage());
  }

  @Test
  void refusesAnInputReachedThroughALinkAndALinkAsTheFolder() throws Exception {
    Path alias = Files.createSymbolicLink(dir.resolve("alias"), in);
    assertEquals(
        "--out "
            + alias
            + " holds "
            + in.resolve("activities.csv")
            + ", an input file of this run, which writing the folder would delete; name a new or"
            + " empty folder",
        refused(alias, OutputKind.COHORT));
    Path up = Files.createSymbolicLink(dir.resolve("up"), dir);
    assertEquals(
        "--out "
            + up.resolve("data")
            + " holds "
            + in.resolve("activities.csv")
            + ", an input file of this run, which writing the folder would delete; name a new or"
            + " empty folder",
        refused(up.resolve("data"), OutputKind.ANONYMISE));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), elsewhere);
    assertEquals(
        "--out "
            + link
            + " is a link, which the new folder would replace; name the folder it points to, or a"
            + " new folder",
        refused(link, OutputKind.COHORT));
  }

  @Test
  void refusesAFolderHoldingAUsersFile() throws Exception {
    Path thesis = Files.createDirectories(dir.resolve("thesis"));
    Files.writeString(thesis.resolve("thesis.docx"), "years of work");
    assertEquals(
        "--out "
            + thesis
            + " holds thesis.docx, which is not part of a cohort analysis; the folder is replaced"
            + " as a whole, so name a new or empty folder, or move those files away",
        refused(thesis, OutputKind.COHORT));
    Files.writeString(thesis.resolve("report.json"), "{}");
    assertEquals(
        "--out "
            + thesis
            + " holds thesis.docx, which is not part of a report; the folder is replaced as a"
            + " whole, so name a new or empty folder, or move those files away",
        refused(thesis, OutputKind.REPORT));
  }

  @Test
  void refusesFilesInAReportsSubfolderThatAReportDoesNotWrite() throws Exception {
    Path report = Files.createDirectories(dir.resolve("r/patients/notes"));
    Files.writeString(dir.resolve("r/report.json"), "{}");
    Files.writeString(dir.resolve("r/patients/letter.docx"), "dear doctor");
    Files.writeString(dir.resolve("r/a.txt"), "");
    Files.writeString(dir.resolve("r/b.txt"), "");
    assertEquals(
        "--out "
            + report.getParent().getParent()
            + " holds a.txt, b.txt, patients/letter.docx and 1 more, which are not part of a"
            + " report; the folder is replaced as a whole, so name a new or empty folder, or move"
            + " those files away",
        refused(report.getParent().getParent(), OutputKind.REPORT));
  }

  @Test
  void refusesAFolderOfAnotherCommandsOutput() throws Exception {
    Path report = Files.createDirectories(dir.resolve("report"));
    Files.writeString(report.resolve("report.json"), "{}");
    Files.writeString(report.resolve("rejects.csv"), "");
    assertEquals(
        "--out "
            + report
            + " holds report.json, which is not part of a cohort analysis; the folder is replaced"
            + " as a whole, so name a new or empty folder, or move those files away",
        refused(report, OutputKind.COHORT));
    Path half = Files.createDirectories(dir.resolve("half"));
    Files.writeString(half.resolve("per_patient.csv"), "");
    assertEquals(
        "--out "
            + half
            + " holds files that a cohort analysis writes but no cohort.json, so it is not an"
            + " earlier output of this command; name a new or empty folder",
        refused(half, OutputKind.COHORT));
  }

  @Test
  void refusesAFileAndTheRoot() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertEquals(
        "--out " + file + " is a file, not a folder; name a new or empty folder",
        refused(file, OutputKind.ANONYMISE));
    Path root = dir.getRoot();
    assertEquals(
        "--out " + root + " is a root folder; name a folder in it",
        refused(root, OutputKind.REPORT));
  }

  @Test
  void letsAnImportMergeBesideOtherFilesButNotHoldOrLieInTheExport() throws Exception {
    Path canonical = Files.createDirectories(dir.resolve("canonical"));
    Files.writeString(canonical.resolve("README.txt"), "kept");
    Path export = Files.createDirectories(dir.resolve("fitbit"));
    List<RunInput> source = List.of(new RunInput(export, "the export"));
    assertEquals(canonical, OutputPolicy.folder(canonical, OutputKind.IMPORT, source));
    assertEquals(
        "--out "
            + export.resolve("canonical")
            + " lies inside "
            + export
            + ", the export of this run; name a folder outside it",
        assertThrows(
                OutputRefused.class,
                () -> OutputPolicy.folder(export.resolve("canonical"), OutputKind.IMPORT, source))
            .getMessage());
    Path strava = Files.writeString(canonical.resolve("activities.csv"), "Activity Date\n");
    assertEquals(
        "--out "
            + canonical
            + " holds "
            + strava
            + ", the export of this run, which writing the folder would delete; name a new or"
            + " empty folder",
        assertThrows(
                OutputRefused.class,
                () ->
                    OutputPolicy.folder(
                        canonical, OutputKind.IMPORT, List.of(new RunInput(strava, "the export"))))
            .getMessage());
  }

  @Test
  void samplesOnlyIntoANewOrEmptyFolderUnlessForced() throws Exception {
    Path data = Files.createDirectories(dir.resolve("clinic"));
    assertEquals(data, OutputPolicy.sampleFolder(data, false));
    Files.writeString(data.resolve("symptoms.csv"), "real");
    Files.writeString(data.resolve("patients.csv"), "real");
    assertEquals(
        "--out "
            + data
            + " already holds patients.csv, symptoms.csv; rehab sample writes only into a new or"
            + " empty folder, so that it never overwrites real data: name a new folder, or add"
            + " --force to overwrite the sample's files there",
        assertThrows(OutputRefused.class, () -> OutputPolicy.sampleFolder(data, false))
            .getMessage());
    assertEquals(data, OutputPolicy.sampleFolder(data, true));
  }

  @Test
  void replacesOnlyAnEarlierFileOfTheSameKindAndNeverAnInput() throws Exception {
    String header = "file,line,column,value,reason";
    Path rejects = dir.resolve("rejects.csv");
    assertEquals(rejects, OutputPolicy.file(rejects, "--rejects", header, inputs));
    Files.writeString(rejects, "\uFEFF" + header + "\r\nsymptoms.csv,3,pain,11,out of range\r\n");
    assertEquals(rejects, OutputPolicy.file(rejects, "--rejects", header, inputs));
    Path input = in.resolve("symptoms.csv");
    assertEquals(
        "--rejects "
            + input
            + " is an input file of this run ("
            + input
            + "), which writing would overwrite; name a new file",
        assertThrows(
                OutputRefused.class, () -> OutputPolicy.file(input, "--rejects", header, inputs))
            .getMessage());
    Path hardLink = Files.createLink(dir.resolve("same.csv"), input);
    assertThrows(
        OutputRefused.class, () -> OutputPolicy.file(hardLink, "--rejects", header, inputs));
    Path notes = Files.writeString(dir.resolve("notes.csv"), "my,own,notes\n");
    assertEquals(
        "--rejects "
            + notes
            + " exists and is not an earlier output of --rejects (its first line is not"
            + " file,line,column,value,reason); name a new file, or move that one away",
        assertThrows(
                OutputRefused.class, () -> OutputPolicy.file(notes, "--rejects", header, inputs))
            .getMessage());
    assertEquals(
        "--rejects " + in + " is a folder; name a file in it or a new file",
        assertThrows(OutputRefused.class, () -> OutputPolicy.file(in, "--rejects", header, inputs))
            .getMessage());
  }
}
