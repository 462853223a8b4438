package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a file in several byte ranges on several threads gives what one piece gives. */
class PiecesTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void manyPiecesGiveTheSameRowsLinesAndLedgerAsOne(boolean shuffled) throws Exception {
    CanonicalReaderTest.write(dir, "symptoms.csv", PiecesTestData.symptoms(7, 4000, shuffled));
    CanonicalReaderTest.write(dir, "activities.csv", CanonicalReaderTest.ACTIVITIES);
    InputFolder in = InputFolder.of(dir, null, null, null, null);
    Dataset whole = CanonicalReader.read(in, new ReadOptions(null, 1, null), Long.MAX_VALUE);
    for (long pieceBytes : new long[] {97, 1000, 4093, 20_000}) {
      Dataset pieces = CanonicalReader.read(in, new ReadOptions(null, 3, null), pieceBytes);
      assertEquals(
          PiecesTestData.describe(whole),
          PiecesTestData.describe(pieces),
          "pieces of " + pieceBytes + " bytes");
    }
    assertEquals(true, whole.rejects().size() > 10, "the fixture has bad rows");
    assertEquals(true, whole.duplicates().size() > 10, "the fixture has repeats");
  }

  @Test
  void namesTheRightLineOfAMalformedRowInALaterPiece() throws Exception {
    String text =
        PiecesTestData.symptoms(3, 3000)
            + "P999,2026-10-01,5,,,,,\"never closed\nP999,2026-10-02,5,,,,,\n";
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
