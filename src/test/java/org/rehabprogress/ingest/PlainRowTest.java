package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.bytes.ByteRange;
import org.rehabprogress.ingest.bytes.CsvFile;
import org.rehabprogress.ingest.bytes.Line;

/**
 * A plain line's row added straight from its bytes ({@link Piece#plainRow}) must be the row the
 * String route ({@link Piece#accept}) adds: the same columns, codes, hashes, notes, rejects and
 * counts, on rows that mix the common form with every way a cell can leave it.
 */
class PlainRowTest {

  @TempDir Path dir;

  private static final String[] IDS = {
    "P1", "P2", "P1", "p1", " P1", "P1 ", "", "P 1", "P3", "\"P2\"", "P\u00e91", "x".repeat(65)
  };
  private static final String[] DATES = {
    "2026-01-05",
    "2026-02-29",
    "2024-02-29",
    "2026-1-05",
    "2026-01-05T10:00",
    "05/01/2026",
    "",
    " 2026-01-05",
    "1899-12-31",
    "2026-13-01",
    "\"2026-01-06\"",
    // days of one month after each other: the month's first day read decides the others
    "2026-02-28",
    "2026-02-30",
    "2026-02-00",
    "2026-02-2x",
    "2024-02-28",
    "2024-02-30"
  };
  private static final String[] NUMBERS = {
    "30",
    "0",
    "1440",
    "1440.5",
    "7.25",
    " 30",
    "30 ",
    "+5",
    "-1",
    "1e2",
    "",
    ".5",
    "5.",
    "0000000000000000005",
    "123456789012345678",
    "10",
    "4,5",
    "x",
    "\"7\"",
    "\u0667"
  };
  private static final String[] NAMES = {
    "Walking",
    "walking",
    "Golf",
    "",
    " Golf",
    "Yoga",
    "Marche nordique \u00e9t\u00e9",
    "\"Walking\"",
    "\"Walking, brisk\"",
    // the name "Walking" in quotation marks: its text is the bytes of the quoted cell above
    "\"\"\"Walking\"\"\"",
    "Caf\u00e9 walk\u2003",
    "\u00c9quitation"
  };
  private static final String[] INTENSITIES = {
    "light", "Light", "moderate", "vigorous", "7", "11", "", "hard", " light", "\"light\""
  };
  private static final String[] NOTES = {
    "",
    "",
    "",
    "felt fine",
    " spaced ",
    "x",
    "\"\"",
    "\"a note, with a comma\"",
    "\"an \"\"escaped\"\" quote\"",
    "caf\u00e9 stop",
    "\"M\u00fcde, R\u00fccken steif\"",
    "\"\"\"\""
  };

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String dump(Piece p, Function<Piece, List<String>> columns) {
    List<String> lines = new ArrayList<>();
    lines.add("read " + p.read + ", ids " + p.ids);
    for (int i = 0; i < p.patient.size(); i++) {
      lines.add(
          p.line.get(i)
              + ": "
              + p.patient.get(i)
              + " "
              + p.day.get(i)
              + " "
              + p.hash.get(i)
              + " "
              + columns.apply(p).get(i));
    }
    p.rejects.forEach(r -> lines.add("reject " + r));
    return String.join("\n", lines);
  }

  private static List<String> activityColumns(Piece piece) {
    ActivityPiece p = (ActivityPiece) piece;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.patient.size(); i++) {
      int intensity = p.intensity.get(i);
      out.add(
          p.names.get(p.activity.get(i))
              + " "
              + p.minutes.array()[p.minutes.offset() + i]
              + " "
              + (intensity < 0 ? "-" : p.intensities.get(intensity))
              + " "
              + note(p.noteRows, p.noteTexts, i));
    }
    return out;
  }

  private static List<String> symptomColumns(Piece piece) {
    SymptomPiece p = (SymptomPiece) piece;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.patient.size(); i++) {
      StringBuilder row = new StringBuilder();
      for (DoubleList column : p.values) {
        // A measure the header lacks has no column at all.
        row.append(column == null ? "-" : column.array()[column.offset() + i]).append(' ');
      }
      out.add(row + note(p.noteRows, p.noteTexts, i));
    }
    return out;
  }

  private static String note(IntList rows, List<byte[]> texts, int row) {
    for (int k = 0; k < rows.size(); k++) {
      if (rows.get(k) == row) {
        return "[" + new String(texts.get(k), StandardCharsets.UTF_8) + "]";
      }
    }
    return "[]";
  }

  /** Reads a file through the splitter (plain rows from bytes) and through accept alone. */
  private void assertSameRows(
      String header,
      String body,
      Function<Header, Piece> create,
      CanonicalFile kind,
      Function<Piece, List<String>> columns)
      throws Exception {
    Path file = dir.resolve(kind.fileName());
    Files.writeString(file, header + body, StandardCharsets.UTF_8);
    CsvFile csv = CsvFile.open(file, kind.fileName());
    Header h = Header.of(csv.headerCells(), kind, kind.fileName());
    ByteRange range = csv.pieces(1, 1).get(0);

    Piece split = create.apply(h);
    split.parse(csv, range, true, null);

    Piece reference = create.apply(h);
    try (CSVParser parser = CsvFile.format(csv.delimiter()).parse(new StringReader(body))) {
      long next = 1;
      for (CSVRecord record : parser) {
        int localLine = (int) next;
        next = parser.getCurrentLineNumber() + 1;
        reference.accept(record.values(), localLine);
      }
    }
    assertEquals(dump(reference, columns), dump(split, columns));
  }

  @Test
  void activitiesFromBytesAreTheActivitiesFromText() throws Exception {
    Random random = new Random(7);
    for (String delimiter : new String[] {",", ";"}) {
      StringBuilder body = new StringBuilder();
      for (int row = 0; row < 3000; row++) {
        body.append(
            String.join(
                delimiter,
                pick(random, IDS),
                pick(random, DATES),
                pick(random, NAMES),
                pick(random, NUMBERS),
                pick(random, INTENSITIES),
                pick(random, NOTES)));
        body.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      String header =
          String.join(
                  delimiter, "patient_id", "date", "activity", "duration_min", "intensity", "notes")
              + "\n";
      boolean decimalComma = delimiter.equals(";");
      assertSameRows(
          header,
          body.toString(),
          h -> new ActivityPiece("activities.csv", decimalComma, h, null, Region.own(16)),
          CanonicalFile.ACTIVITIES,
          PlainRowTest::activityColumns);
    }
  }

  @Test
  void symptomsFromBytesAreTheSymptomsFromText() throws Exception {
    assertSameSymptoms(11, "pain,anxiety,gad7,sleep_hours,sleep_quality");
  }

  @Test
  void outcomeMeasuresFromBytesAreTheOutcomeMeasuresFromText() throws Exception {
    // Every measure, in another order than Measure's, with the edges of the new ranges among the
    // values (pgic 1-7 whole, odi 0-100).
    assertSameSymptoms(13, "odi,pain,pgic,leg_pain,anxiety,peg,gad7,sleep_hours,sleep_quality");
  }

  @Test
  void aFileWithSomeMeasuresFromBytesIsTheFileFromText() throws Exception {
    assertSameSymptoms(17, "leg_pain,pgic");
  }

  private static final String[] MEASURE_VALUES = {
    "1", "7", "8", "0", "4.5", "100", "100.5", "99.99", "3.33", "6.67", "2.0", "21", "22", "24.5"
  };

  /** Fuzzes a symptoms file whose measure columns are {@code measures}, comma-separated. */
  private void assertSameSymptoms(long seed, String measures) throws Exception {
    Random random = new Random(seed);
    int count = measures.split(",").length;
    StringBuilder body = new StringBuilder();
    for (int row = 0; row < 3000; row++) {
      List<String> cells = new ArrayList<>();
      cells.add(pick(random, IDS));
      cells.add(pick(random, DATES));
      for (int m = 0; m < count; m++) {
        int kind = random.nextInt(4);
        cells.add(
            kind == 0 ? "" : kind == 1 ? pick(random, MEASURE_VALUES) : pick(random, NUMBERS));
      }
      cells.add(pick(random, NOTES));
      body.append(String.join(",", cells)).append('\n');
    }
    String header = "patient_id,date," + measures + ",notes\n";
    assertSameRows(
        header,
        body.toString(),
        h -> new SymptomPiece("symptoms.csv", false, h, null, Region.own(16)),
        CanonicalFile.SYMPTOMS,
        PlainRowTest::symptomColumns);
  }

  @Test
  void outcomeMeasuresInTheCommonFormAreTakenFromBytes() throws Exception {
    Path file = dir.resolve("symptoms.csv");
    Files.writeString(
        file,
        "patient_id,date,pain,leg_pain,peg,odi,pgic,notes\nP1,2026-01-05,5,7,6.33,44,2,\n",
        StandardCharsets.UTF_8);
    CsvFile csv = CsvFile.open(file, "symptoms.csv");
    Header h = Header.of(csv.headerCells(), CanonicalFile.SYMPTOMS, "symptoms.csv");
    SymptomPiece piece = new SymptomPiece("symptoms.csv", false, h, null, Region.own(16));
    ByteRange range = csv.pieces(1, 1).get(0);
    piece.parse(csv, range, true, null);
    // The second row must be added from its bytes (a pgic of 7 and an odi of 100 are in range),
    // and a row the byte route declines (pgic 8) must be left to the row rules untouched.
    byte[] line = "P1,2026-01-06,,10,0,100,7,".getBytes(StandardCharsets.US_ASCII);
    int[] cuts = {2, 13, 14, 17, 19, 23, 25};
    assertTrue(
        piece.plainRow(new Line(line, 0, cuts, line.length, cuts.length + 1, false, true), 3));
    byte[] bad = "P1,2026-01-07,,10,0,100,8,".getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        false, piece.plainRow(new Line(bad, 0, cuts, bad.length, cuts.length + 1, false, true), 4));
    assertEquals(2, piece.patient.size());
    assertEquals(
        List.of("5.0 7.0 - - - - 6.33 44.0 2.0 []", "NaN 10.0 - - - - 0.0 100.0 7.0 []"),
        symptomColumns(piece).stream().map(String::strip).toList());
  }

  @Test
  void theCommonFormIsTakenFromBytes() throws Exception {
    Path file = dir.resolve("activities.csv");
    Files.writeString(
        file,
        "patient_id,date,activity,duration_min,intensity,notes\n"
            + "P1,2026-01-05,Walking,30,light,\n"
            + "P1,2026-01-06,Walking,30,light,\n",
        StandardCharsets.UTF_8);
    CsvFile csv = CsvFile.open(file, "activities.csv");
    Header h = Header.of(csv.headerCells(), CanonicalFile.ACTIVITIES, "activities.csv");
    ActivityPiece piece = new ActivityPiece("activities.csv", false, h, null, Region.own(16));
    ByteRange range = csv.pieces(1, 1).get(0);
    piece.parse(csv, range, true, null);
    assertEquals(2, piece.patient.size());
    // The first row coded the patient, name and intensity; the second must be taken from bytes
    // (otherwise the comparisons above test one route against itself).
    byte[] line = "P1,2026-01-07,Walking,30,light,".getBytes(StandardCharsets.US_ASCII);
    int[] cuts = {2, 13, 21, 24, 30};
    assertTrue(
        piece.plainRow(new Line(line, 0, cuts, line.length, cuts.length + 1, false, true), 3));
    assertEquals(3, piece.patient.size());
  }
}
