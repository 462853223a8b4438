package org.rehabprogress.spark;

import java.util.List;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.cohort.CohortPart;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.Reject;
import org.rehabprogress.wire.RecordCodec;

/**
 * What one task of a cohort job read and made of its patients, sent to the driver in {@code wire}'s
 * byte form: the only thing the driver collects. Lines are positions ({@link Segment#position}),
 * placed in their files by the driver.
 *
 * @param lines the lines of each segment the task read whole
 * @param cutInQuotes the files of which a segment that is not the file's last ended inside a quoted
 *     cell (a quoted line break lies across a cut)
 * @param strays patient ids the task found outside its share (the input is not sorted), a few
 * @param failures file-level problems (malformed CSV, bytes that are not UTF-8), at most one a file
 * @param ledgers the account of the task's rows, one per file read
 * @param rejects the task's rejected rows, their lines (and any line a problem names) positions
 * @param part the cohort's part of the task's patients, or null when the task read no data
 */
record TaskResult(
    List<SegmentLines> lines,
    List<CanonicalFile> cutInQuotes,
    List<String> strays,
    List<Failure> failures,
    List<FileLedger> ledgers,
    List<Reject> rejects,
    CohortPart part) {

  private static final RecordCodec<TaskResult> CODEC = RecordCodec.of(TaskResult.class);

  /**
   * The lines of one segment.
   *
   * @param kind the segment's kind
   * @param segment its number
   * @param lines the lines it holds
   */
  record SegmentLines(CanonicalFile kind, int segment, long lines) {}

  /**
   * A file-level problem, where it is.
   *
   * @param kind the file's kind
   * @param position the line, as a position
   * @param what what is wrong
   * @param whatToDo what to do
   */
  record Failure(CanonicalFile kind, long position, String what, String whatToDo) {}

  /** Copies the lists. */
  TaskResult {
    lines = List.copyOf(lines);
    cutInQuotes = List.copyOf(cutInQuotes);
    strays = List.copyOf(strays);
    failures = List.copyOf(failures);
    ledgers = List.copyOf(ledgers);
    rejects = List.copyOf(rejects);
  }

  /** Returns the byte form. */
  byte[] bytes() {
    return CODEC.encode(this);
  }

  /** Returns the result of its byte form. */
  static TaskResult of(byte[] bytes) {
    return CODEC.decode(bytes);
  }
}
