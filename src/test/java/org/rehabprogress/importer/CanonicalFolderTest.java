package org.rehabprogress.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class CanonicalFolderTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  @TempDir Path temp;

  private static ImportBatch batch(List<CanonicalRow> rows, List<SourceReject> rejects) {
    return new ImportBatch("test", rows.size() + rejects.size(), rows, rejects, Map.of());
  }

  private static CanonicalRow.Symptom sleep(String patient, LocalDate date, double hours) {
    return new CanonicalRow.Symptom(patient, date, null, null, null, hours, null, null);
  }

  @Test
  void writesEveryFileOfANewFolderWithCanonicalHeaders() throws Exception {
    Path out = temp.resolve("new/canonical");
    List<ImportLedger.FileCount> counts =
        CanonicalFolder.merge(
                out,
                batch(
                    List.of(
                        new CanonicalRow.Activity(
                            "anna", MARCH_1, "Swim", 45.0, "light", "pool \"A\", lane 2"),
                        sleep("anna", MARCH_2, 7.25),
                        new CanonicalRow.Patient("anna", MARCH_1, null, null, 1961, null),
                        new CanonicalRow.Event("anna", MARCH_2, "=injection")),
                    List.of(
                        new SourceReject("export.xml", "line 9", "duration", "-5", "too short"))))
            .files();

    assertEquals(
        "patient_id,date,activity,duration_min,intensity,notes\n"
            + "anna,2026-03-01,Swim,45,light,\"pool \"\"A\"\", lane 2\"\n",
        Files.readString(out.resolve("activities.csv")));
    assertEquals(
        "patient_id,date,pain,leg_pain,anxiety,gad7,sleep_hours,sleep_quality,peg,odi,pgic,notes\n"
            + "anna,2026-03-02,,,,,7.25,,,,,\n",
        Files.readString(out.resolve("symptoms.csv")));
    assertEquals(
        "patient_id,treatment_start,surgery_date,site,birth_year,sex\n"
            + "anna,2026-03-01,,,1961,\n",
        Files.readString(out.resolve("patients.csv")));
    // Canonical files are inputs: their text is kept as it is, formula characters included.
    assertEquals(
        "patient_id,date,event\nanna,2026-03-02,=injection\n",
        Files.readString(out.resolve("events.csv")));
    // rejects.csv is opened in spreadsheets: a leading - or = is neutralised.
    assertEquals(
        "source,location,field,value,reason\nexport.xml,line 9,duration,'-5,too short\n",
        Files.readString(out.resolve("rejects.csv")));
    assertEquals(
        List.of(
            new ImportLedger.FileCount("activities.csv", 1, 0),
            new ImportLedger.FileCount("symptoms.csv", 1, 0),
            new ImportLedger.FileCount("patients.csv", 1, 0),
            new ImportLedger.FileCount("events.csv", 1, 0),
            new ImportLedger.FileCount("rejects.csv", 1, 0)),
        counts);
    assertEquals(List.of("canonical"), ImportFixtures.names(temp.resolve("new")));
  }

  @Test
  void writesHeadersOnlyForAnEmptyImportAndNoOptionalFiles() throws Exception {
    Path out = temp.resolve("out");
    CanonicalFolder.merge(out, batch(List.of(), List.of()));
    assertEquals(
        List.of("activities.csv", "rejects.csv", "symptoms.csv"), ImportFixtures.names(out));
    assertEquals(
        "patient_id,date,activity,duration_min,intensity,notes\n",
        Files.readString(out.resolve("activities.csv")));
  }

  @Test
  void appendsOntoTheExistingHeaderSeparatorAndLineEnds() throws Exception {
    Path out = Files.createDirectory(temp.resolve("out"));
    // A European spreadsheet's file: BOM, semicolons, CRLF, its own column order and an extra
    // column, and no line break after the last row.
    String existing = "\uFEFFDate;Patient_ID;Pain;Sleep_Hours;Mood\r\n2026-02-28;bob;6;7,5;ok";
    Files.writeString(out.resolve("symptoms.csv"), existing, UTF_8);

    List<ImportLedger.FileCount> counts =
        CanonicalFolder.merge(
                out,
                batch(List.of(sleep("anna", MARCH_1, 6.5), sleep("anna", MARCH_2, 8)), List.of()))
            .files();

    assertEquals(
        existing + "\r\n2026-03-01;anna;;6.5;\r\n2026-03-02;anna;;8;\r\n",
        Files.readString(out.resolve("symptoms.csv"), UTF_8));
    assertEquals(new ImportLedger.FileCount("symptoms.csv", 2, 0), counts.get(1));
  }

  @Test
  void countsRowsAlreadyInTheFileOrEarlierInTheImportAsDuplicates() throws Exception {
    Path out = Files.createDirectory(temp.resolve("out"));
    String existing =
        "patient_id,date,activity,duration_min,intensity,notes\n"
            + "\"anna\",2026-03-01,Walk,30,,\n"
            + "bob,2026-03-01,Walk,30,,\n";
    Files.writeString(out.resolve("activities.csv"), existing);
    CanonicalRow.Activity walk =
        new CanonicalRow.Activity("anna", MARCH_1, "Walk", 30.0, null, null);
    CanonicalRow.Activity swim =
        new CanonicalRow.Activity("anna", MARCH_2, "Swim", 40.0, null, null);

    List<ImportLedger.FileCount> counts =
        CanonicalFolder.merge(out, batch(List.of(walk, swim, swim), List.of())).files();

    // The quoted "anna" row is the same text once parsed; bob's rows are never touched.
    assertEquals(
        existing + "anna,2026-03-02,Swim,40,,\n", Files.readString(out.resolve("activities.csv")));
    assertEquals(new ImportLedger.FileCount("activities.csv", 1, 2), counts.get(0));
  }

  @Test
  void aSecondImportOfTheSameBatchAddsNothing() throws Exception {
    Path out = temp.resolve("out");
    ImportBatch batch =
        batch(
            List.of(sleep("anna", MARCH_1, 6.5)),
            List.of(new SourceReject("sleep.json", "entry 3", "", "", "bad")));
    CanonicalFolder.merge(out, batch);
    Map<String, String> first = ImportFixtures.snapshot(out);

    List<ImportLedger.FileCount> counts = CanonicalFolder.merge(out, batch).files();

    assertEquals(first, ImportFixtures.snapshot(out));
    assertEquals(
        List.of(
            new ImportLedger.FileCount("activities.csv", 0, 0),
            new ImportLedger.FileCount("symptoms.csv", 0, 1),
            new ImportLedger.FileCount("rejects.csv", 0, 1)),
        counts);
  }

  @Test
  void countsOneObservationFromTwoExportsAsADuplicateByItsInstant() throws Exception {
    Path out = temp.resolve("out");
    // Synthea's CSV: 03:26:50 UTC on the 23rd; its FHIR bundle: the same instant at -07:00, the
    // evening of the 22nd. A different value at that instant is another observation.
    CanonicalRow csv =
        new CanonicalRow.Symptom(
            "p", LocalDate.of(2021, 8, 23), 1.0, null, null, null, null, "2021-08-23T03:26:50Z");
    CanonicalRow fhir =
        new CanonicalRow.Symptom(
            "p",
            LocalDate.of(2021, 8, 22),
            1.0,
            null,
            null,
            null,
            null,
            "2021-08-22T20:26:50-07:00");
    CanonicalRow other =
        new CanonicalRow.Symptom(
            "p",
            LocalDate.of(2021, 8, 22),
            2.0,
            null,
            null,
            null,
            null,
            "2021-08-22T20:26:50-07:00");
    CanonicalFolder.merge(out, batch(List.of(csv), List.of()));

    CanonicalFolder.Merged merged =
        CanonicalFolder.merge(out, batch(List.of(fhir, other), List.of()));

    assertEquals(new ImportLedger.FileCount("symptoms.csv", 1, 1), merged.files().get(1));
    assertEquals(List.of(0), merged.duplicateRows().stream().boxed().toList());
    assertEquals(
        List.of(
            "p,2021-08-23,1,,,,,,,,,2021-08-23T03:26:50Z",
            "p,2021-08-22,2,,,,,,,,,2021-08-22T20:26:50-07:00"),
        Files.readAllLines(out.resolve("symptoms.csv")).subList(1, 3));
  }

  @Test
  void keepsOtherFilesAndFoldersOfTheTarget() throws Exception {
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(out.resolve("README.txt"), "study notes");
    Files.createDirectories(out.resolve("old/reports"));
    Files.writeString(out.resolve("old/reports/a.csv"), "x\n");

    CanonicalFolder.merge(out, batch(List.of(sleep("anna", MARCH_1, 6.5)), List.of()));

    assertEquals("study notes", Files.readString(out.resolve("README.txt")));
    assertEquals("x\n", Files.readString(out.resolve("old/reports/a.csv")));
    assertEquals(List.of("out"), ImportFixtures.names(temp));
  }

  @Test
  void aColumnTheImportFillsButTheFileLacksLeavesTheFolderByteIdentical() throws Exception {
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(
        out.resolve("activities.csv"), "patient_id,date,activity\nbob,2026-03-01,Walk\n");
    Files.writeString(out.resolve("symptoms.csv"), "patient_id,date,pain\nbob,2026-03-01,4\n");
    Map<String, String> before = ImportFixtures.snapshot(out);

    InputFileException e =
        assertThrows(
            InputFileException.class,
            () ->
                CanonicalFolder.merge(
                    out,
                    batch(
                        List.of(
                            new CanonicalRow.Activity("anna", MARCH_1, "Walk", null, null, null),
                            sleep("anna", MARCH_1, 6.5)),
                        List.of())));

    assertEquals(
        out.resolve("symptoms.csv")
            + ":1: the header has no column sleep_hours, which this import fills; add the column"
            + " to the header (an empty cell is a missing value) or import into another folder",
        e.getMessage());
    assertEquals(before, ImportFixtures.snapshot(out));
    assertEquals(List.of("out"), ImportFixtures.names(temp));
  }

  @Test
  void aMalformedExistingFileStopsTheImportWithItsLine() throws Exception {
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(
        out.resolve("symptoms.csv"),
        "patient_id,date,sleep_hours\nanna,2026-03-01,7\nanna,\"2026-03-02,8\n");
    Map<String, String> before = ImportFixtures.snapshot(out);

    InputFileException e =
        assertThrows(
            InputFileException.class,
            () -> CanonicalFolder.merge(out, batch(List.of(sleep("anna", MARCH_2, 8)), List.of())));

    assertEquals(
        out.resolve("symptoms.csv")
            + ":3: the file is not valid CSV (an unterminated quote or text after a closing quote);"
            + " fix the file (rehab validate names the problem) or import into another folder",
        e.getMessage());
    assertEquals(before, ImportFixtures.snapshot(out));
    assertEquals(List.of("out"), ImportFixtures.names(temp));
  }

  @Test
  void refusesAFileAsTheOutFolder() throws Exception {
    Path out = Files.writeString(temp.resolve("out.csv"), "x");
    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> CanonicalFolder.merge(out, batch(List.of(), List.of())));
    assertEquals("--out " + out + " is a file; name a folder", e.getMessage());
  }

  @Test
  void refusesARowWhosePatientIdBreaksTheRule() {
    Path out = temp.resolve("out");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CanonicalFolder.merge(out, batch(List.of(sleep("a b", MARCH_1, 7)), List.of())));
    assertEquals(
        "test importer made a row with patient id \"a b\"; use 1-64 letters, digits, '.', '_' or"
            + " '-'",
        e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void writesAnEmptyExistingFileAfresh() throws Exception {
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(out.resolve("symptoms.csv"), "\uFEFF \n");
    CanonicalFolder.merge(out, batch(List.of(sleep("anna", MARCH_1, 6.5)), List.of()));
    assertEquals(
        "patient_id,date,pain,leg_pain,anxiety,gad7,sleep_hours,sleep_quality,peg,odi,pgic,notes\n"
            + "anna,2026-03-01,,,,,6.5,,,,,\n",
        Files.readString(out.resolve("symptoms.csv")));
  }

  @Test
  void refusesAnExistingFileWhoseHeaderIsNotCsv() throws Exception {
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(out.resolve("symptoms.csv"), "patient_id,\"date\n");
    InputFileException e =
        assertThrows(
            InputFileException.class,
            () -> CanonicalFolder.merge(out, batch(List.of(sleep("anna", MARCH_1, 7)), List.of())));
    assertEquals(
        out.resolve("symptoms.csv")
            + ":1: the header line is not valid CSV; fix the header (rehab validate names the"
            + " problem) or import into another folder",
        e.getMessage());
  }

  @Test
  void mergesIntoTheFolderALinkPointsTo() throws Exception {
    Path real = Files.createDirectory(temp.resolve("real"));
    Files.writeString(real.resolve("README.txt"), "kept");
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);

    CanonicalFolder.merge(link, batch(List.of(sleep("anna", MARCH_1, 6.5)), List.of()));

    assertEquals(true, Files.isSymbolicLink(link));
    assertEquals("kept", Files.readString(real.resolve("README.txt")));
    assertEquals(
        List.of("README.txt", "activities.csv", "rejects.csv", "symptoms.csv"),
        ImportFixtures.names(real));
  }
}
