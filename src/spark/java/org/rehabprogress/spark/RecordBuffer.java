package org.rehabprogress.spark;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.rehabprogress.ingest.FileBytes;
import org.rehabprogress.ingest.PartReader;

/**
 * One file's records of a task, laid end to end as CSV text for the CLI's byte route to read, with
 * where each came from: records that reached the task as rows (from a shuffle, from Parquet) are
 * read by the same code as a CSV file's bytes.
 */
final class RecordBuffer {

  private byte[] bytes = new byte[1 << 16];
  private int size;
  private long[] firstLines = new long[1024];
  private long[] positions = new long[1024];
  private int records;
  private long lines;

  /**
   * Adds a record.
   *
   * @param record its CSV bytes ({@link RecordText}), without a line end
   * @param position where it is in its file ({@link Segment#position})
   */
  void add(byte[] record, long position) {
    if (records == firstLines.length) {
      firstLines = Arrays.copyOf(firstLines, records * 2);
      positions = Arrays.copyOf(positions, records * 2);
    }
    firstLines[records] = lines + 1;
    positions[records++] = position;
    if (size + record.length + 1 > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + record.length + 1, bytes.length * 2));
    }
    System.arraycopy(record, 0, bytes, size, record.length);
    size += record.length;
    bytes[size++] = '\n';
    // The record's own line breaks, as the CLI's parser counts them (CR, LF and CRLF each one).
    lines++;
    for (int i = 0; i < record.length; i++) {
      if (record[i] == '\r' || (record[i] == '\n' && (i == 0 || record[i - 1] != '\r'))) {
        lines++;
      }
    }
  }

  /** Returns the text as one range of a file of the input's name and header. */
  PartReader.FileRanges ranges(KindInput input) {
    byte[] b = bytes;
    FileBytes source =
        (start, end) -> new ByteArrayInputStream(b, (int) start, (int) (end - start));
    return new PartReader.FileRanges(
        input.kind(),
        input.name(),
        input.head(0),
        List.of(new PartReader.Range(source, input.name(), 0, size, true)));
  }

  /** Returns the position of the record whose first line in the text is {@code line}. */
  long position(long line) {
    int i = Arrays.binarySearch(firstLines, 0, records, line);
    if (i < 0) {
      throw new IllegalArgumentException("no record begins on line " + line);
    }
    return positions[i];
  }
}
