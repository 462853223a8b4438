package org.rehabprogress.ingest.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand splitter of plain lines must give every record, line number and error that Commons CSV
 * gives on the same bytes: checked here against Commons CSV run over the whole range, as the reader
 * did before the splitter existed.
 */
class RowSplitterTest {

  private static final String HEADER = "patient_id,date,activity,duration_min,intensity,notes\n";

  @TempDir Path dir;

  /** Records every record a sink gets, with its line; takes no line from the bytes. */
  private static final class Recording implements RowSink {
    final List<String> seen = new ArrayList<>();
    long lines;

    @Override
    public int width() {
      return 6;
    }

    @Override
    public boolean plainRow(Line line, int localLine) {
      return false;
    }

    @Override
    public void accept(String[] cells, int localLine) {
      seen.add(localLine + ":" + String.join("|", cells));
    }

    String result() {
      return String.join("\n", seen) + "\nlines " + lines;
    }
  }

  /** What the sink gets from the splitter, or the message it stops with. */
  private String split(Path file, boolean last) throws Exception {
    CsvFile csv = CsvFile.open(file, file.getFileName().toString());
    Recording piece = new Recording();
    ByteRange range = csv.pieces(1, 1).get(0);
    try {
      piece.lines = csv.split(range, last, piece, null);
    } catch (CsvFault e) {
      return "stop: " + e.getMessage();
    } catch (UnsafeCut e) {
      return "unsafe cut";
    }
    return piece.result();
  }

  /** What the piece gets from Commons CSV over the whole range, as the reader did before. */
  private String commons(Path file, boolean last) throws Exception {
    CsvFile csv = CsvFile.open(file, file.getFileName().toString());
    Recording piece = new Recording();
    ByteRange range = csv.pieces(1, 1).get(0);
    byte[] bytes = Files.readAllBytes(file);
    String text =
        new String(bytes, (int) range.start(), (int) range.length(), StandardCharsets.UTF_8);
    long next = 1;
    try (Reader reader = new StringReader(text);
        CSVParser parser = CsvFile.format(csv.delimiter()).parse(reader)) {
      try {
        for (CSVRecord record : parser) {
          int localLine = (int) next;
          next = parser.getCurrentLineNumber() + 1;
          piece.accept(record.values(), localLine);
        }
        piece.lines = parser.getCurrentLineNumber();
      } catch (UncheckedIOException e) {
        if (!last) {
          return "unsafe cut";
        }
        return "stop: "
            + CsvFile.malformed(csv.display(), csv.headerLines() + next, e.getCause()).getMessage();
      }
    }
    return piece.result();
  }

  private Path write(String body) throws Exception {
    Path file = dir.resolve("activities.csv");
    Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
    return file;
  }

  private void assertSameAsCommons(String body) throws Exception {
    Path file = write(body);
    for (boolean last : new boolean[] {true, false}) {
      assertEquals(
          commons(file, last), split(file, last), () -> "body: " + body.replace("\r", "\\r"));
    }
  }

  @Test
  void givesCommonsRecordsOnHostileLines() throws Exception {
    String[] bodies = {
      "P1,2026-01-01,Walk,30,light,\n",
      "P1,2026-01-01,Walk,30,light,\r\nP1,2026-01-02,Swim,20,,x\r\n",
      "P1,2026-01-01,Walk,30,light,no newline at the end",
      "\n\nP1,2026-01-01,Walk,30,light,\n   \n",
      "P1,2026-01-01,Walk,30,light,\"a note, with a comma\"\n",
      "P1,2026-01-01,Walk,30,light,\"two\nlines\"\nP2,2026-01-01,Golf,60,,\n",
      "P1,2026-01-01,Walk,30,light,\"an \"\"escaped\"\" quote\"\n",
      "P1,2026-01-01,Walk,30,light,5'10\" tall\nP2,2026-01-01,Golf,60,,\n",
      "P1,2026-01-01,Walk,30,light,a\rP2,2026-01-01,Golf,60,,\n",
      "P1,2026-01-01,Walk,30,light,a\r\"b\nc\"\n",
      "P1,2026-01-01,Walk,30,light,\"never closed\nP2,2026-01-01,Golf,60,,\n",
      "P1,2026-01-01,Walk,30,light,\"closed\"then text\nP2,2026-01-01,Golf,60,,\n",
      "P1,2026-01-01,Marche nordique \u00e9t\u00e9,30,light,caf\u00e9\n",
      "P1,2026-01-01,Walk,30\nP2,2026-01-01,Golf,60,,,,\n",
      "P1,2026-01-01,Walk,30,light,ends in a carriage return\r",
      "P1,2026-01-01,Walk,30,light,\"\"\n",
    };
    for (String body : bodies) {
      assertSameAsCommons(body);
    }
  }

  @Test
  void givesCommonsRecordsOnRandomText() throws Exception {
    Random random = new Random(20261125);
    String[] atoms = {
      "a", "P1", "2026-01-01", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\u00e9", ";", ""
    };
    for (int trial = 0; trial < 1500; trial++) {
      StringBuilder body = new StringBuilder();
      int n = random.nextInt(120);
      for (int k = 0; k < n; k++) {
        body.append(atoms[random.nextInt(atoms.length)]);
      }
      assertSameAsCommons(body.toString());
    }
  }

  @Test
  void readsLinesLongerThanItsBuffer() throws Exception {
    String longNote = "x".repeat(3 << 20);
    assertSameAsCommons(
        "P1,2026-01-01,Walk,30,light,"
            + longNote
            + "\nP1,2026-01-01,Walk,30,light,\""
            + longNote
            + "\nstill the note\"\nP2,2026-01-02,Golf,60,,\n");
  }

  @Test
  void stopsAtBytesThatAreNotUtf8() throws Exception {
    Path file = dir.resolve("activities.csv");
    byte[] head = (HEADER + "P1,2026-01-01,Walk,30,light,\nP1,2026-01-01,W").getBytes();
    byte[] all = new byte[head.length + 3];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3;
    all[head.length + 1] = ',';
    all[head.length + 2] = '\n';
    Files.write(file, all);
    CsvFile csv = CsvFile.open(file, "activities.csv");
    Recording piece = new Recording();
    ByteRange range = csv.pieces(1, 1).get(0);
    CsvFault e = assertThrows(CsvFault.class, () -> csv.split(range, true, piece, null));
    assertEquals(3, e.line());
  }
}
