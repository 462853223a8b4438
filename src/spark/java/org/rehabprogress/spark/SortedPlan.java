package org.rehabprogress.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.spark.KindInput.Format;

/**
 * The sorted route's plan, made on the driver from a few lines of each file: the patient ids where
 * the shares begin (read at even steps through the largest file), and for every file the byte where
 * each share's rows begin (the first line whose patient id is at least the share's first id: a
 * binary search in a large file, one pass over a small one). The canonical files are sorted by
 * patient id; when the lines read show that an input is not, there is no plan, and the job takes
 * the shuffle route. An input that is sorted where the plan looked but not everywhere is caught by
 * the tasks ({@link ShareTask}), which find ids outside their shares.
 */
final class SortedPlan {

  /** A binary search ends when its window is this small, and the rest is read line by line. */
  private static final long WINDOW = 1L << 20;

  /** A place in a kind's files: the file, and a byte of it. */
  private record Place(int part, long offset) {
    boolean after(Place other) {
      return part != other.part ? part > other.part : offset > other.offset;
    }
  }

  private SortedPlan() {}

  /**
   * Returns the shares of an input, about {@code tasks} of them, or null when the input is not
   * sorted by patient id (or not CSV).
   */
  static List<Share> of(List<KindInput> inputs, Configuration conf, int tasks) throws IOException {
    if (inputs.stream().anyMatch(i -> i.format() != Format.CSV || i.patientColumn() < 0)) {
      return null;
    }
    KindInput largest = inputs.get(0);
    for (KindInput i : inputs) {
      largest = i.dataBytes() > largest.dataBytes() ? i : largest;
    }
    List<String> firsts = boundaries(largest, conf, tasks);
    if (firsts == null) {
      return null;
    }
    Map<CanonicalFile, List<Place>> cuts = new EnumMap<>(CanonicalFile.class);
    for (KindInput input : inputs) {
      List<Place> places = cuts(input, conf, firsts);
      if (places == null) {
        return null;
      }
      cuts.put(input.kind(), places);
    }
    List<Share> shares = new ArrayList<>();
    Map<CanonicalFile, Integer> numbers = new EnumMap<>(CanonicalFile.class);
    for (int t = 0; t <= firsts.size(); t++) {
      List<Segment> segments = new ArrayList<>();
      for (KindInput input : inputs) {
        List<Place> places = cuts.get(input.kind());
        Place from = places.get(t);
        Place to = places.get(t + 1);
        for (int p = from.part(); p <= Math.min(to.part(), input.parts().size() - 1); p++) {
          KindInput.Part part = input.parts().get(p);
          long start = p == from.part() ? from.offset() : part.dataStart();
          long end = p == to.part() ? to.offset() : part.size();
          if (start < end) {
            int number = numbers.merge(input.kind(), 1, Integer::sum) - 1;
            segments.add(new Segment(input.kind(), number, p, start, end, end == part.size()));
          }
        }
      }
      shares.add(
          new Share(
              t,
              t == 0 ? null : firsts.get(t - 1),
              t == firsts.size() ? null : firsts.get(t),
              segments));
    }
    return shares;
  }

  /**
   * Returns the first patient ids of the shares after the first: the ids of the lines at even steps
   * through a file's data, or null when they are not in ascending order.
   */
  private static List<String> boundaries(KindInput input, Configuration conf, int tasks)
      throws IOException {
    List<String> firsts = new ArrayList<>();
    long data = input.dataBytes();
    for (int t = 1; t < tasks; t++) {
      long target = data * t / tasks;
      int p = 0;
      while (target >= input.parts().get(p).size() - input.parts().get(p).dataStart()
          && p < input.parts().size() - 1) {
        target -= input.parts().get(p).size() - input.parts().get(p).dataStart();
        p++;
      }
      LineProbe probe = probe(input, conf, p);
      LineProbe.Line line = probe.withId(probe.dataStart() + target, probe.size());
      if (line == null || line.id() == null) {
        continue;
      }
      String id = line.id();
      if (!firsts.isEmpty()) {
        int order = id.compareTo(firsts.get(firsts.size() - 1));
        if (order < 0) {
          return null; // a later line holds an earlier patient: not sorted
        }
        if (order == 0) {
          continue; // one patient fills the step
        }
      }
      firsts.add(id);
    }
    return firsts;
  }

  /**
   * Returns, for the start of each share and the end of the last, the place in an input's files
   * where its rows begin; null when the places are not in file order (the input is not sorted).
   */
  private static List<Place> cuts(KindInput input, Configuration conf, List<String> firsts)
      throws IOException {
    int parts = input.parts().size();
    String[] partFirst = new String[parts];
    for (int p = 0; p < parts; p++) {
      LineProbe probe = probe(input, conf, p);
      LineProbe.Line line = probe.withId(probe.dataStart(), probe.size());
      partFirst[p] = line == null ? null : line.id();
    }
    List<Place> places = new ArrayList<>();
    places.add(new Place(0, input.parts().get(0).dataStart()));
    Place previous = places.get(0);
    for (String first : firsts) {
      // The rows from this id on begin in the last file whose first id is below it.
      int p = 0;
      for (int q = 0; q < parts; q++) {
        if (partFirst[q] != null && partFirst[q].compareTo(first) < 0) {
          p = q;
        }
      }
      if (p < previous.part()) {
        return null;
      }
      // Each search begins where the one before ended: the ids ascend.
      long from = p == previous.part() ? previous.offset() : input.parts().get(p).dataStart();
      Place place = new Place(p, firstAtLeast(probe(input, conf, p), from, first));
      if (previous.after(place)) {
        return null;
      }
      places.add(place);
      previous = place;
    }
    places.add(new Place(parts - 1, input.parts().get(parts - 1).size()));
    return places;
  }

  /**
   * Returns the start of the first line of a file at or after {@code from} (a line start) whose id
   * is at least {@code id}, or the file's size when there is none. Lines without an id count as
   * neither: a cut among them moves only rows that every task rejects alike.
   */
  private static long firstAtLeast(LineProbe probe, long from, String id) throws IOException {
    long lo = from;
    long hi = probe.size();
    // Invariant: every line with an id that starts before lo has a smaller id; the line at hi (a
    // line start, or the end) has one at least as large, or no line between has an id.
    while (hi - lo > WINDOW) {
      long mid = lo + (hi - lo) / 2;
      LineProbe.Line line = probe.withId(mid, hi);
      if (line == null) {
        hi = Math.min(hi, probe.lineStart(mid));
      } else if (line.id().compareTo(id) >= 0) {
        hi = line.start();
      } else {
        lo = line.next();
      }
    }
    return probe.firstAtLeast(lo, hi, id);
  }

  static LineProbe probe(KindInput input, Configuration conf, int part) {
    return new LineProbe(HadoopFiles.bytes(conf, input.parts().get(part).path()), input, part);
  }
}
