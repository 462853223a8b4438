package org.rehabprogress.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.PartReader;
import org.rehabprogress.ingest.Reject;

/**
 * A sorted-route task's lines as positions: {@link PartReader} numbers the lines of a file's
 * segments on from one segment to the next; each such line is a line of one segment.
 */
final class Placed {

  private final Map<String, CanonicalFile> kindOfName = new HashMap<>();
  private final Map<CanonicalFile, List<Segment>> segments = new HashMap<>();
  private final Map<CanonicalFile, RecordBuffer> buffers;
  private final List<PartReader.FileOutcome> outcomes;

  /**
   * Places the lines of a task's read.
   *
   * @param files the files' ranges the task read
   * @param segments the segments of each file, in the same order
   * @param buffers the records of the files that reached the task as rows (Parquet), by kind
   * @param outcomes what became of them
   */
  Placed(
      List<PartReader.FileRanges> files,
      List<List<Segment>> segments,
      Map<CanonicalFile, RecordBuffer> buffers,
      List<PartReader.FileOutcome> outcomes) {
    this.buffers = Map.copyOf(buffers);
    for (int i = 0; i < files.size(); i++) {
      kindOfName.put(files.get(i).name(), files.get(i).kind());
      this.segments.put(files.get(i).kind(), segments.get(i));
    }
    this.outcomes = List.copyOf(outcomes);
  }

  /** Returns the position of a line of a kind as the reader numbered it. */
  long position(CanonicalFile kind, long line) {
    if (buffers.containsKey(kind)) {
      return buffers.get(kind).position(line);
    }
    List<Segment> own = segments.get(kind);
    long[] lines = outcome(kind).lines();
    long before = 0;
    for (int i = 0; i < own.size(); i++) {
      if (lines[i] < 0 || line <= before + lines[i]) {
        return Segment.position(own.get(i).index(), line - before);
      }
      before += lines[i];
    }
    throw new IllegalArgumentException("line " + line + " is in none of the segments read");
  }

  /** Returns a reject with its lines as positions. */
  Reject reject(Reject r) {
    CanonicalFile kind = kindOfName.get(r.file());
    return r.relocated(r.file(), line -> position(kind, line));
  }

  /** Returns the lines of each segment read whole. */
  List<TaskResult.SegmentLines> lines() {
    List<TaskResult.SegmentLines> out = new ArrayList<>();
    for (PartReader.FileOutcome o : outcomes) {
      List<Segment> own = segments.get(o.kind());
      if (buffers.containsKey(o.kind())) {
        continue; // rows, not lines
      }
      for (int i = 0; i < own.size(); i++) {
        if (o.lines()[i] >= 0) {
          out.add(new TaskResult.SegmentLines(o.kind(), own.get(i).index(), o.lines()[i]));
        }
      }
    }
    return out;
  }

  /** Returns the files of which a segment ended inside a quoted cell. */
  List<CanonicalFile> cutInQuotes() {
    return outcomes.stream()
        .filter(PartReader.FileOutcome::cutInQuotes)
        .map(PartReader.FileOutcome::kind)
        .toList();
  }

  /** Returns the file-level problems, their lines as positions. */
  List<TaskResult.Failure> failures() {
    List<TaskResult.Failure> out = new ArrayList<>();
    for (PartReader.FileOutcome o : outcomes) {
      InputFileException e = o.failure();
      if (e != null) {
        out.add(
            new TaskResult.Failure(o.kind(), position(o.kind(), e.line()), e.what(), e.whatToDo()));
      }
    }
    return out;
  }

  private PartReader.FileOutcome outcome(CanonicalFile kind) {
    return outcomes.stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
  }
}
