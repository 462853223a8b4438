package org.rehabprogress.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rehabprogress.ingest.FileBytes;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.PatientIds;
import org.rehabprogress.ingest.Records;

/**
 * Reads single lines of one CSV file at byte offsets, on the driver, to find where patients begin:
 * the line that starts at or after an offset, and its patient id. A line that is not a row with a
 * valid id (a blank line, the rest of a quoted cell that holds a line break, a rejected row) has
 * none, and the search moves on to the next.
 */
final class LineProbe {

  /** How far to look for a line with an id before taking the place as the file's end. */
  private static final int MOST_LINES = 10_000;

  /**
   * One line.
   *
   * @param start its first byte
   * @param next the first byte after its line end
   * @param id its trimmed patient_id cell when that is a valid id, else null
   */
  record Line(long start, long next, String id) {}

  private final FileBytes bytes;
  private final KindInput.Part part;
  private final int patientColumn;
  private final char delimiter;

  LineProbe(FileBytes bytes, KindInput input, int part) {
    this.bytes = bytes;
    this.part = input.parts().get(part);
    this.patientColumn = input.patientColumn();
    this.delimiter = input.delimiter();
  }

  /** Returns the first byte of the file's data. */
  long dataStart() {
    return part.dataStart();
  }

  /** Returns the file's size. */
  long size() {
    return part.size();
  }

  /**
   * Returns the first line with an id that starts at or after {@code from} (any byte of the data),
   * or null when there is none that starts before {@code limit}.
   */
  Line withId(long from, long limit) throws IOException {
    // A line starts at the data's start or just after a line end: read from the byte before.
    long open = from > part.dataStart() ? from - 1 : from;
    try (InputStream in = bytes.open(open, part.size())) {
      Reader r = new Reader(in, open);
      if (open < from && !r.skipLine()) {
        return null;
      }
      for (int n = 0; n < MOST_LINES && r.position < limit; n++) {
        Line line = r.line();
        if (line == null) {
          return null;
        }
        if (line.id() != null) {
          return line.start() < limit ? line : null;
        }
      }
      return null;
    }
  }

  /**
   * Returns the first line start at or after {@code from} (any byte of the data), or the file's
   * size when no line starts after it.
   */
  long lineStart(long from) throws IOException {
    if (from <= part.dataStart()) {
      return part.dataStart();
    }
    try (InputStream in = bytes.open(from - 1, part.size())) {
      Reader r = new Reader(in, from - 1);
      return r.skipLine() ? r.position : part.size();
    }
  }

  /**
   * Returns the start of the first line of {@code [from, to)} (from a line start) whose id is at
   * least {@code id}, or {@code to} when there is none.
   */
  long firstAtLeast(long from, long to, String id) throws IOException {
    try (InputStream in = bytes.open(from, to)) {
      Reader r = new Reader(in, from);
      for (Line line = r.line(); line != null; line = r.line()) {
        if (line.id() != null && line.id().compareTo(id) >= 0) {
          return line.start();
        }
      }
    }
    return to;
  }

  /** Reads lines from a stream, knowing each one's offset. */
  private final class Reader {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long position;

    Reader(InputStream in, long position) {
      this.in = in;
      this.position = position;
    }

    /** Moves past the next line end; returns false at the end. */
    boolean skipLine() throws IOException {
      while (true) {
        if (pos == limit && !fill()) {
          return false;
        }
        byte b = buf[pos++];
        position++;
        if (b == '\n') {
          return true;
        }
      }
    }

    /** Returns the next line, or null at the end. */
    Line line() throws IOException {
      long start = position;
      int from = pos;
      while (true) {
        if (pos == limit) {
          int kept = pos - from;
          if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          System.arraycopy(buf, from, buf, 0, kept);
          pos = kept;
          limit = kept;
          from = 0;
          int n = in.read(buf, limit, buf.length - limit);
          if (n <= 0) {
            return kept == 0 ? null : new Line(start, position, id(from, pos));
          }
          limit += n;
        }
        byte b = buf[pos++];
        position++;
        if (b == '\n') {
          return new Line(start, position, id(from, pos - 1));
        }
      }
    }

    private boolean fill() throws IOException {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    }

    /** Returns the valid id in the patient column of the bytes {@code [from, to)}, or null. */
    private String id(int from, int to) {
      if (to > from && buf[to - 1] == '\r') {
        to--;
      }
      int cell = 0;
      int start = from;
      int end = -1;
      for (int i = from; i < to; i++) {
        byte b = buf[i];
        if (b == '"') {
          return quotedId(from, to);
        }
        if (b == delimiter) {
          if (cell == patientColumn) {
            end = i;
            break;
          }
          cell++;
          start = i + 1;
        }
      }
      if (end < 0) {
        if (cell != patientColumn) {
          return null; // fewer cells than the patient column's place
        }
        end = to;
      }
      while (start < end && (buf[start] & 0xFF) <= ' ') {
        start++;
      }
      while (end > start && (buf[end - 1] & 0xFF) <= ' ') {
        end--;
      }
      if (end - start < 1 || end - start > PatientIds.MAX_LENGTH) {
        return null;
      }
      for (int i = start; i < end; i++) {
        if (!PatientIds.isIdCharacter(buf[i])) {
          return null; // a byte that is not ASCII is negative, never an id character
        }
      }
      return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** Returns the id of a line with a quote, split as the CLI splits it, or null. */
    private String quotedId(int from, int to) {
      String[] cells;
      try {
        cells =
            Records.split(
                new String(buf, from, to - from, StandardCharsets.UTF_8), delimiter, part.path());
      } catch (InputFileException e) {
        return null; // not a whole row: the rest of a quoted cell, say
      }
      if (patientColumn < 0 || patientColumn >= cells.length) {
        return null;
      }
      String id = cells[patientColumn].strip();
      return PatientIds.isValid(id) ? id : null;
    }
  }
}
