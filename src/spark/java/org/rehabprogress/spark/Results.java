package org.rehabprogress.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.cohort.CohortPart;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Reject;

/**
 * The driver's account of a job's tasks: their results put together, every line placed in its file.
 * A segment's first line follows the header of its file and the lines of the file's segments before
 * it, which only the driver, with every task's counts, knows.
 */
final class Results {

  private final List<KindInput> inputs;
  private final List<TaskResult> tasks;
  private final Map<CanonicalFile, List<Segment>> segments = new EnumMap<>(CanonicalFile.class);
  private final Map<CanonicalFile, long[]> bases = new EnumMap<>(CanonicalFile.class);

  /**
   * Puts tasks' results together.
   *
   * @param inputs the job's inputs
   * @param segments every segment the tasks read, each kind's numbered from 0 in file order
   * @param tasks the tasks' results
   */
  Results(List<KindInput> inputs, List<Segment> segments, List<TaskResult> tasks) {
    this.inputs = List.copyOf(inputs);
    this.tasks = List.copyOf(tasks);
    for (KindInput input : inputs) {
      this.segments.put(input.kind(), new ArrayList<>());
    }
    for (Segment g : segments) {
      this.segments.get(g.kind()).add(g);
    }
    Map<CanonicalFile, long[]> lines = new EnumMap<>(CanonicalFile.class);
    this.segments.forEach((kind, own) -> lines.put(kind, new long[own.size()]));
    for (TaskResult t : tasks) {
      for (TaskResult.SegmentLines l : t.lines()) {
        lines.get(l.kind())[l.segment()] = l.lines();
      }
    }
    for (KindInput input : inputs) {
      List<Segment> own = this.segments.get(input.kind());
      long[] base = new long[own.size()];
      Map<Integer, Long> running = new HashMap<>();
      for (int s = 0; s < own.size(); s++) {
        KindInput.Part part = input.parts().get(own.get(s).part());
        long before = running.getOrDefault(own.get(s).part(), part.headerLines());
        base[s] = before;
        running.put(own.get(s).part(), before + lines.get(input.kind())[s]);
      }
      bases.put(input.kind(), base);
    }
  }

  /**
   * Returns the files of which a segment ended inside a quoted cell: a quoted line break lies
   * across a cut, and the file must be cut elsewhere (or not at all).
   */
  List<CanonicalFile> cutInQuotes() {
    return tasks.stream().flatMap(t -> t.cutInQuotes().stream()).distinct().sorted().toList();
  }

  /** Returns a patient id a task found outside its share, or null: the input is not sorted. */
  String stray() {
    return tasks.stream().flatMap(t -> t.strays().stream()).findFirst().orElse(null);
  }

  /**
   * Returns the first file-level problem as the CLI would report it (the first file in ledger
   * order, then the first line), placed in its file; null when there is none.
   */
  InputFileException failure() {
    TaskResult.Failure first = null;
    for (TaskResult t : tasks) {
      for (TaskResult.Failure f : t.failures()) {
        if (first == null
            || order(f.kind(), f.position()).compareTo(order(first.kind(), first.position())) < 0) {
          first = f;
        }
      }
    }
    if (first == null) {
      return null;
    }
    KindInput.Part part = part(first.kind(), first.position());
    return new InputFileException(
        part.path(), line(first.kind(), first.position()), first.what(), first.whatToDo());
  }

  /** Returns the account of every row, one ledger per input in ledger order. */
  List<FileLedger> ledgers() {
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (KindInput input : inputs) {
      sums.put(input.name(), new long[4]);
    }
    for (TaskResult t : tasks) {
      for (FileLedger l : t.ledgers()) {
        long[] sum = sums.get(l.file());
        sum[0] += l.read();
        sum[1] += l.accepted();
        sum[2] += l.rejected();
        sum[3] += l.duplicates();
      }
    }
    List<FileLedger> ledgers = new ArrayList<>();
    sums.forEach((file, s) -> ledgers.add(new FileLedger(file, s[0], s[1], s[2], s[3])));
    return ledgers;
  }

  /** Returns every rejected row, in its file and line, by file then line as the CLI lists them. */
  List<Reject> rejects() {
    record Keyed(String order, Reject reject) {}
    List<Keyed> all = new ArrayList<>();
    for (TaskResult t : tasks) {
      for (Reject r : t.rejects()) {
        CanonicalFile kind = kindOf(r.file());
        KindInput.Part part = part(kind, r.line());
        Reject placed = r.relocated(part.name(), position -> line(kind, position));
        all.add(new Keyed(order(kind, r.line()), placed));
      }
    }
    all.sort(Comparator.comparing(Keyed::order));
    return all.stream().map(Keyed::reject).toList();
  }

  /** Returns the cohort's parts of the tasks that analysed patients. */
  List<CohortPart> parts() {
    return tasks.stream().map(TaskResult::part).filter(p -> p != null).toList();
  }

  private CanonicalFile kindOf(String name) {
    return inputs.stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("a reject of no input: " + name))
        .kind();
  }

  private KindInput inputs(CanonicalFile kind) {
    return inputs.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
  }

  private KindInput.Part part(CanonicalFile kind, long position) {
    return inputs(kind).parts().get(segments.get(kind).get(Segment.segment(position)).part());
  }

  /** Returns the line in its file of a position. */
  private long line(CanonicalFile kind, long position) {
    return bases.get(kind)[Segment.segment(position)] + Segment.line(position);
  }

  /** Returns a key that sorts positions in ledger order, then file, then line. */
  private String order(CanonicalFile kind, long position) {
    int k = inputs.indexOf(inputs(kind));
    int part = segments.get(kind).get(Segment.segment(position)).part();
    return String.format(java.util.Locale.ROOT, "%02d%09d%019d", k, part, line(kind, position));
  }
}
