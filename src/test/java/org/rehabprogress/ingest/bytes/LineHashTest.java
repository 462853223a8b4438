package org.rehabprogress.ingest.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The repeat-finding hash is a function of the cells, whether read from bytes or given as text. */
class LineHashTest {

  private static int fromBytes(String line, char separator) {
    byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
    int from = 2;
    int end = b.length - 2;
    int[] cuts = new int[b.length];
    int n = 0;
    for (int i = from; i < end; i++) {
      if (b[i] == separator) {
        cuts[n++] = i;
      }
    }
    return LineHash.of(b, from, end, cuts, n);
  }

  @Test
  void bytesAndCellsGiveOneHash() {
    Random random = new Random(5);
    String[] atoms = {"P1", "2026-01-05", "Walking", "30", "", "caf\u00e9", "x", "light"};
    for (int trial = 0; trial < 2000; trial++) {
      String[] cells = new String[1 + random.nextInt(9)];
      for (int k = 0; k < cells.length; k++) {
        cells[k] = atoms[random.nextInt(atoms.length)] + atoms[random.nextInt(atoms.length)];
      }
      for (char separator : new char[] {',', ';'}) {
        assertEquals(
            LineHash.of(cells, (byte) separator),
            fromBytes(String.join(String.valueOf(separator), cells), separator),
            () -> String.join("|", cells));
      }
    }
  }

  @Test
  void cellsThatHoldTheSeparatorAreNotTheSameRow() {
    // Both rows read "a,b,c" once joined; only where the cells end tells them apart.
    assertNotEquals(
        LineHash.of(new String[] {"a,b", "c"}, (byte) ','),
        LineHash.of(new String[] {"a", "b,c"}, (byte) ','));
  }

  @Test
  void everyByteCounts() {
    String line = "P00001,2026-10-26,Physiotherapy exercises,65,moderate,";
    int base = fromBytes(line, ',');
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != ',') {
        String changed = line.substring(0, i) + '#' + line.substring(i + 1);
        assertNotEquals(base, fromBytes(changed, ','), changed);
      }
    }
  }
}
