package org.rehabprogress.spark;

import java.io.Serializable;
import java.util.Objects;
import org.rehabprogress.canonical.CanonicalFile;

/**
 * A byte range of one file of an input that one task reads: whole lines, after the header. A kind's
 * segments are numbered in file order; a line of a segment has a place, its position (the segment's
 * number and the line's number in the segment), until the driver knows the lines before each
 * segment and can number it in its file.
 *
 * @param kind which canonical file
 * @param index the segment's number among the kind's segments, in file order
 * @param part the file of the input it lies in ({@link KindInput#parts})
 * @param start its first byte, at a line start
 * @param end the byte after it, at a line start or the file's end
 * @param last whether it ends at the file's end
 */
record Segment(CanonicalFile kind, int index, int part, long start, long end, boolean last)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Checks for nulls and the order of the bounds. */
  Segment {
    Objects.requireNonNull(kind, "kind");
    if (start > end) {
      throw new IllegalArgumentException("a segment from " + start + " to " + end);
    }
  }

  /** Returns the position of a segment's line (1-based). */
  static long position(int segment, long line) {
    if (line < 0 || line > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("line " + line + " of a segment");
    }
    return ((long) segment << 32) | line;
  }

  /** Returns the segment of a position. */
  static int segment(long position) {
    return (int) (position >>> 32);
  }

  /** Returns the line in its segment of a position. */
  static long line(long position) {
    return position & 0xFFFF_FFFFL;
  }
}
