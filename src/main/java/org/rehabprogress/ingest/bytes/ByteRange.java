package org.rehabprogress.ingest.bytes;

/**
 * The bytes {@code [start, end)} of a file.
 *
 * @param start the offset of the first byte
 * @param end the offset just after the last byte, at least {@code start}
 */
public record ByteRange(long start, long end) {
  /** Checks that the range is not negative. */
  public ByteRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad byte range [" + start + ", " + end + ")");
    }
  }

  /** Returns the number of bytes. */
  public long length() {
    return end - start;
  }
}
