package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file in several byte ranges on several threads gives what one piece gives. */
class PiecesTest {

  @TempDir Path dir;

  /** Writes a file with notes holding commas, quotes and line breaks, bad rows and repeats. */
  private static String symptoms(long seed, int rows) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder(CanonicalReaderTest.SYMPTOMS);
    String previous = null;
    for (int i = 0; i < rows; i++) {
      String row;
      if (previous != null && random.nextInt(50) == 0) {
        row = previous; // an exact repeat
      } else {
        int patient = i / 40;
        String notes =
            switch (random.nextInt(12)) {
              case 0 -> "\"a note, with a comma\"";
              case 1 -> "\"two\nlines\"";
              case 2 -> "\"said \"\"ouch\"\"\"";
              default -> "";
            };
        String pain = random.nextInt(60) == 0 ? "12" : String.valueOf(random.nextInt(11));
        row =
            String.format(
                "P%03d,2026-%02d-%02d,%s,,,,,%s",
                patient, 1 + (i % 40) / 28, 1 + (i % 40) % 28, pain, notes);
      }
      text.append(row).append('\n');
      previous = row;
    }
    return text.toString();
  }

  private static List<String> describe(Dataset data) {
    List<String> out = new ArrayList<>();
    SymptomLog s = data.symptoms();
    for (int i = 0; i < s.size(); i++) {
      out.add(
          data.patientIds().get(s.patient(i))
              + " "
              + s.day(i)
              + " "
              + s.value(Measure.PAIN, i)
              + " "
              + s.notes(i));
    }
    data.rejects().forEach(r -> out.add(r.describe()));
    data.duplicates().forEach(d -> out.add(d.toString()));
    out.add(data.ledgers().toString());
    return out;
  }

  @Test
  void manyPiecesGiveTheSameRowsLinesAndLedgerAsOne() throws Exception {
    CanonicalReaderTest.write(dir, "symptoms.csv", symptoms(7, 4000));
    CanonicalReaderTest.write(dir, "activities.csv", CanonicalReaderTest.ACTIVITIES);
    InputFolder in = InputFolder.of(dir, null, null, null, null);
    Dataset whole = CanonicalReader.read(in, new ReadOptions(null, 1, null), Long.MAX_VALUE);
    for (long pieceBytes : new long[] {97, 1000, 4093, 20_000}) {
      Dataset pieces = CanonicalReader.read(in, new ReadOptions(null, 3, null), pieceBytes);
      assertEquals(describe(whole), describe(pieces), "pieces of " + pieceBytes + " bytes");
    }
    assertEquals(true, whole.rejects().size() > 10, "the fixture has bad rows");
    assertEquals(true, whole.duplicates().size() > 10, "the fixture has repeats");
  }

  @Test
  void namesTheRightLineOfAMalformedRowInALaterPiece() throws Exception {
    String text =
        symptoms(3, 3000) + "P999,2026-10-01,5,,,,,\"never closed\nP999,2026-10-02,5,,,,,\n";
    long line = text.chars().filter(c -> c == '\n').count() - 1;
    CanonicalReaderTest.write(dir, "symptoms.csv", text);
    CanonicalReaderTest.write(dir, "activities.csv", CanonicalReaderTest.ACTIVITIES);
    InputFolder in = InputFolder.of(dir, null, null, null, null);
    InputFileException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InputFileException.class,
            () -> CanonicalReader.read(in, new ReadOptions(null, 2, null), 1000));
    assertEquals(line, e.line());
  }
}
