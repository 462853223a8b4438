package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.bytes.CsvFile;

/** A task's byte ranges read as the CLI reads the whole files. */
class PartReaderTest {

  @TempDir Path dir;

  /** A file in memory, cut into ranges at the line starts after the given fractions of its data. */
  private record File(String name, byte[] bytes, Records.Head head) {

    static File of(String name, String text) {
      return of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static File of(String name, byte[] bytes) {
      try {
        return new File(name, bytes, Records.head(bytes, bytes.length, name));
      } catch (InputFileException e) {
        throw new IllegalStateException(e);
      }
    }

    static File read(Path file) throws Exception {
      return of(file.getFileName().toString(), Files.readAllBytes(file));
    }

    PartReader.FileRanges ranges(CanonicalFile kind, double... fractions) {
      FileBytes source =
          (start, end) -> new ByteArrayInputStream(bytes, (int) start, (int) (end - start));
      List<Long> cuts = new ArrayList<>(List.of(head.dataStart()));
      for (double f : fractions) {
        cuts.add(lineStartAfter((long) (head.dataStart() + f * (bytes.length - head.dataStart()))));
      }
      cuts.add((long) bytes.length);
      List<PartReader.Range> ranges = new ArrayList<>();
      for (int i = 0; i + 1 < cuts.size(); i++) {
        boolean last = i + 2 == cuts.size();
        ranges.add(new PartReader.Range(source, name, cuts.get(i), cuts.get(i + 1), last));
      }
      return new PartReader.FileRanges(kind, name, head, ranges);
    }

    /** Returns the offset of the first line start at or after {@code from}. */
    long lineStartAfter(long from) {
      long i = from;
      while (i > head.dataStart() && i < bytes.length && bytes[(int) i - 1] != '\n') {
        i++;
      }
      return i;
    }

    void write(Path folder) throws Exception {
      Files.write(folder.resolve(name), bytes);
    }
  }

  /** The rejects and repeats of a read of ranges, placed in the file as the CLI numbers lines. */
  private static List<String> placed(Dataset data, List<File> files) {
    List<String> out = new ArrayList<>();
    for (Reject r : data.rejects()) {
      long shift = headerLines(files, r.file());
      out.add(r.relocated(r.file(), line -> line + shift).describe());
    }
    for (Duplicate d : data.duplicates()) {
      long shift = headerLines(files, d.file());
      out.add(new Duplicate(d.file(), d.line() + shift, d.firstLine() + shift).toString());
    }
    return out;
  }

  private static long headerLines(List<File> files, String name) {
    return files.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow()
        .head()
        .headerLines();
  }

  private static List<String> described(Dataset data) {
    List<String> out = new ArrayList<>();
    data.rejects().forEach(r -> out.add(r.describe()));
    data.duplicates().forEach(d -> out.add(d.toString()));
    return out;
  }

  private static final CanonicalFile[] KINDS = {
    CanonicalFile.ACTIVITIES,
    CanonicalFile.SYMPTOMS,
    CanonicalFile.PATIENTS,
    CanonicalFile.EVENTS,
    CanonicalFile.MEDICATIONS
  };

  @ParameterizedTest
  @ValueSource(strings = {"sample-data", "src/test/resources/fixtures/spark/messy"})
  void readsAFolderInRangesAsTheCliReadsItWhole(String folder) throws Exception {
    List<File> files = new ArrayList<>();
    for (CanonicalFile kind : KINDS) {
      Path path = ProjectRoot.resolve(folder).resolve(kind.fileName());
      if (Files.exists(path)) {
        File f = File.read(path);
        files.add(f);
        f.write(dir);
      }
    }
    Dataset cli = CanonicalReaderTest.read(dir);
    // One range per file, then the large files in three (cut where a line starts, never inside
    // a quoted cell in these files): the rows, rejects, repeats and ledgers are the CLI's.
    for (double[] cuts : new double[][] {{}, {0.31, 0.77}}) {
      List<PartReader.FileRanges> ranges = new ArrayList<>();
      for (File f : files) {
        CanonicalFile kind = kindOf(f.name());
        ranges.add(
            kind == CanonicalFile.ACTIVITIES && folder.equals("sample-data")
                ? f.ranges(kind, cuts)
                : f.ranges(kind));
      }
      PartReader.Read read = PartReader.read(ranges, null);
      Dataset parts = read.data();
      assertEquals(PiecesTestData.describe(cli).get(0), PiecesTestData.describe(parts).get(0));
      assertEquals(cli.symptoms().size(), parts.symptoms().size());
      assertEquals(cli.activities().size(), parts.activities().size());
      assertEquals(cli.patientIds(), parts.patientIds());
      assertEquals(cli.ledgers(), parts.ledgers());
      assertEquals(described(cli), placed(parts, files));
      assertEquals(cli.events(), shiftedEvents(parts, files));
      assertEquals(cli.patients(), parts.patients());
      for (PartReader.FileOutcome o : read.files()) {
        assertTrue(o.complete());
        assertTrue(Arrays.stream(o.lines()).allMatch(n -> n > 0), Arrays.toString(o.lines()));
      }
    }
  }

  private static java.util.Map<String, List<PatientEvent>> shiftedEvents(
      Dataset data, List<File> files) {
    java.util.Map<String, List<PatientEvent>> out = new java.util.HashMap<>();
    data.events()
        .forEach(
            (id, events) ->
                out.put(
                    id,
                    events.stream()
                        .map(
                            e ->
                                new PatientEvent(
                                    e.patientId(),
                                    e.date(),
                                    e.event(),
                                    e.line() + headerLines(files, "events.csv")))
                        .toList()));
    return out;
  }

  private static CanonicalFile kindOf(String name) {
    return Arrays.stream(KINDS).filter(k -> k.fileName().equals(name)).findFirst().orElseThrow();
  }

  private static final String ACTIVITIES = "patient_id,date,activity,duration_min,notes\n";
  private static final String SYMPTOMS = "patient_id,date,pain\nP1,2026-01-01,5\n";

  private PartReader.Read readActivities(File activities, double... cuts) throws Exception {
    return PartReader.read(
        List.of(
            activities.ranges(CanonicalFile.ACTIVITIES, cuts),
            File.of("symptoms.csv", SYMPTOMS).ranges(CanonicalFile.SYMPTOMS)),
        null);
  }

  @Test
  void countsTheLinesOfEachRangeAndNumbersThemOn() throws Exception {
    // Lines 1-2 in the first range, 3-5 in the second (a quoted line break makes line 4 part of
    // the record of line 3); the bad duration on line 5 is rejected as line 5.
    File f =
        File.of(
            "activities.csv",
            ACTIVITIES
                + "P1,2026-01-01,Walk,30,\n"
                + "P1,2026-01-02,Walk,30,\n"
                + "P1,2026-01-03,Golf,30,\"two\nlines\"\n"
                + "P1,2026-01-04,Golf,x,\n");
    PartReader.Read read = readActivities(f, 0.45);
    assertArrayEquals(new long[] {2, 3}, read.files().get(0).lines());
    assertEquals(
        List.of(
            "activities.csv:5: duration_min \"x\" is not a number;"
                + " duration_min is minutes, above 0 and at most 1440 (leave it empty when unknown)"),
        read.data().rejects().stream().map(Reject::describe).toList());
  }

  @Test
  void saysSoWhenACutFallsInsideAQuotedCell() throws Exception {
    String text =
        ACTIVITIES + "P1,2026-01-01,Walk,30,\"a note\nover two lines\"\nP1,2026-01-02,Walk,30,\n";
    File f = File.of("activities.csv", text);
    // A cut right after the note's first line.
    long cut = text.indexOf("over two");
    PartReader.FileRanges ranges = f.ranges(CanonicalFile.ACTIVITIES);
    PartReader.Range whole = ranges.ranges().get(0);
    PartReader.FileRanges split =
        new PartReader.FileRanges(
            CanonicalFile.ACTIVITIES,
            f.name(),
            f.head(),
            List.of(
                new PartReader.Range(whole.bytes(), f.name(), whole.start(), cut, false),
                new PartReader.Range(whole.bytes(), f.name(), cut, whole.end(), true)));
    PartReader.Read read =
        PartReader.read(
            List.of(split, File.of("symptoms.csv", SYMPTOMS).ranges(CanonicalFile.SYMPTOMS)), null);
    assertNull(read.data());
    assertTrue(read.files().get(0).cutInQuotes());
    assertTrue(read.files().get(1).complete());
  }

  @Test
  void namesTheLineOfAQuoteNeverClosedAsNumberedOn() throws Exception {
    File f =
        File.of(
            "activities.csv",
            ACTIVITIES
                + "P1,2026-01-01,Walk,30,\n"
                + "P1,2026-01-02,Walk,30,\n"
                + "P1,2026-01-03,Walk,30,\"never closed\n");
    PartReader.FileOutcome o = readActivities(f, 0.45).files().get(0);
    assertEquals(1, o.failedRange());
    assertEquals(3, o.failure().line());
    assertEquals("a quoted cell that starts on this line is never closed", o.failure().what());
    assertArrayEquals(new long[] {2, -1}, o.lines());
  }

  @Test
  void namesTheLineAndByteOfBytesThatAreNotUtf8() throws Exception {
    byte[] text =
        (ACTIVITIES + "P1,2026-01-01,Walk,30,\nP1,2026-01-02,Walk,30,\nP1,2026-01-03,Walk,30,x\n")
            .getBytes(StandardCharsets.UTF_8);
    int bad = text.length - 2;
    text[bad] = (byte) 0xFF;
    File f = File.of("activities.csv", text);
    f.write(dir);
    Files.writeString(dir.resolve("symptoms.csv"), SYMPTOMS, StandardCharsets.UTF_8);
    InputFileException cli =
        assertThrows(InputFileException.class, () -> CanonicalReaderTest.read(dir));
    PartReader.FileOutcome o = readActivities(f, 0.45).files().get(0);
    // The CLI counts the header as line 1; the ranges count from the first data line.
    assertEquals(cli.line(), o.failure().line() + 1);
    assertEquals("bytes that are not UTF-8 text (at byte " + bad + ")", o.failure().what());
    assertEquals(cli.what(), o.failure().what());
  }

  @Test
  void handsOnEveryRecordAsCommonsCsvSplitsIt() throws Exception {
    Path file = ProjectRoot.resolve("src/test/resources/fixtures/spark/messy/activities.csv");
    File f = File.read(file);
    List<String> records = new ArrayList<>();
    PartReader.FileOutcome o =
        PartReader.records(
            f.ranges(CanonicalFile.ACTIVITIES, 0.5),
            (cells, line) -> records.add(line + " " + List.of(cells)));
    assertTrue(o.complete());
    List<String> expected = new ArrayList<>();
    String text = new String(f.bytes(), StandardCharsets.UTF_8).substring(1); // the BOM
    try (CSVParser parser = CsvFile.format(',').parse(new StringReader(text))) {
      long next = 1;
      for (CSVRecord r : parser) {
        long line = next;
        next = parser.getCurrentLineNumber() + 1;
        boolean blank = r.size() == 1 && r.get(0).isBlank();
        if (line > 1 && !blank) {
          expected.add(line - 1 + " " + r.toList());
        }
      }
    }
    assertEquals(expected, records);
  }
}
