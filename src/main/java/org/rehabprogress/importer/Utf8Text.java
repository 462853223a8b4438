package org.rehabprogress.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UTF-8 text of an export: a byte-order mark skipped, bytes that are not UTF-8 refused (the reader
 * throws a {@link CharacterCodingException}), and the line that holds them found afterwards.
 */
final class Utf8Text {

  private Utf8Text() {}

  /**
   * Returns a reader of a stream that supports mark and reset, past its byte-order mark if any; it
   * reports bytes that are not UTF-8 instead of replacing them.
   */
  static Reader reader(InputStream in) throws IOException {
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (bom.length < 3 || bom[0] != (byte) 0xEF || bom[1] != (byte) 0xBB || bom[2] != (byte) 0xBF) {
      in.reset();
    }
    return new InputStreamReader(in, strict());
  }

  /**
   * Returns the first line holding bytes that are not UTF-8; the reader decodes ahead of the
   * parser, so the parser's line would be wrong. A line feed byte never occurs inside a UTF-8
   * sequence, so lines can be decoded one at a time. Returns 0 when no such line is found.
   */
  static long undecodableLine(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long number = 1;
      for (int b = in.read(); ; b = in.read()) {
        if (b == '\n' || b < 0) {
          try {
            strict().decode(ByteBuffer.wrap(line.toByteArray()));
          } catch (CharacterCodingException e) {
            return number;
          }
          if (b < 0) {
            return 0;
          }
          line.reset();
          number++;
        } else {
          line.write(b);
        }
      }
    } catch (IOException e) {
      return 0;
    }
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
