package org.rehabprogress.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A record's cells written again as one CSV record (RFC 4180: a cell that holds the separator, a
 * quote or a line break is quoted, a quote in it doubled), so that the CLI's byte route reads back
 * exactly these cells: the shuffle route moves records as bytes, not as objects.
 */
final class RecordText {

  private RecordText() {}

  /** Returns the UTF-8 bytes of a record of these cells, without a line end. */
  static byte[] of(String[] cells, char delimiter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * cells.length);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      String cell = cells[i];
      boolean quote = false;
      for (int k = 0; k < cell.length() && !quote; k++) {
        char c = cell.charAt(k);
        quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
      }
      byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
      if (!quote) {
        out.write(bytes, 0, bytes.length);
        continue;
      }
      out.write('"');
      for (byte b : bytes) {
        if (b == '"') {
          out.write('"');
        }
        out.write(b);
      }
      out.write('"');
    }
    return out.toByteArray();
  }
}
