package org.rehabprogress.ingest.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check accepts exactly what Java's strict UTF-8 decoder accepts. */
class Utf8Test {

  private static boolean decodes(byte[] b) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void agreesWithTheDecoderOnRandomBytes() {
    Random random = new Random(8);
    // Bytes around every boundary of the table: ASCII, continuations, lead bytes, their edges.
    int[] pool = {
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
      0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
    };
    for (int trial = 0; trial < 200_000; trial++) {
      byte[] b = new byte[random.nextInt(7)];
      for (int i = 0; i < b.length; i++) {
        b[i] =
            (byte)
                (random.nextInt(4) == 0 ? random.nextInt(256) : pool[random.nextInt(pool.length)]);
      }
      assertEquals(
          decodes(b), Utf8.isValid(b, 0, b.length), () -> java.util.HexFormat.of().formatHex(b));
    }
  }

  @Test
  void checksOnlyTheRangeItIsGiven() {
    byte[] b = "x\u00e9y".getBytes(StandardCharsets.UTF_8); // 78 C3 A9 79
    assertEquals(true, Utf8.isValid(b, 0, b.length));
    assertEquals(false, Utf8.isValid(b, 0, 2), "a sequence cut short at the end of the range");
    assertEquals(false, Utf8.isValid(b, 2, 4), "a continuation byte first");
  }
}
