package org.rehabprogress.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.cohort.CohortAnalysis;
import org.rehabprogress.cohort.CohortPart;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.PartReader;
import org.rehabprogress.ingest.Reject;

/**
 * The sorted route's task, in an executor: its share's segments of every file read by the CLI's own
 * byte route ({@link PartReader}), its patients through the cohort's per-patient step ({@link
 * CohortAnalysis#part}), and the result in its byte form. Nothing is shuffled: the share holds
 * every row of its patients. A patient id outside the share means the input is not sorted after
 * all; the task then says so and analyses nothing.
 */
final class ShareTask implements FlatMapFunction<Iterator<Share>, byte[]> {
  private static final long serialVersionUID = 1L;

  /** The most stray ids a task reports: one shows the input is not sorted. */
  private static final int STRAYS = 3;

  private final Broadcast<byte[]> setup;

  ShareTask(Broadcast<byte[]> setup) {
    this.setup = setup;
  }

  @Override
  public Iterator<byte[]> call(Iterator<Share> shares) throws IOException {
    Setup s = Setup.of(setup.value());
    Configuration conf = s.conf();
    List<byte[]> out = new ArrayList<>();
    while (shares.hasNext()) {
      out.add(run(shares.next(), s, conf).bytes());
    }
    return out.iterator();
  }

  private static TaskResult run(Share share, Setup s, Configuration conf) throws IOException {
    List<PartReader.FileRanges> files = new ArrayList<>();
    List<List<Segment>> segments = new ArrayList<>();
    Map<CanonicalFile, RecordBuffer> buffers = new EnumMap<>(CanonicalFile.class);
    for (KindInput input : s.inputs()) {
      List<Segment> own = share.segments().stream().filter(g -> g.kind() == input.kind()).toList();
      if (input.format() == KindInput.Format.PARQUET) {
        // Rows, read by Spark's vectorised reader, then as CSV text by the CLI's byte route.
        RecordBuffer records = new RecordBuffer();
        for (Segment g : own) {
          ParquetFiles.read(
              conf, input.parts().get(g.part()).path(), input.header(), records, g.part());
        }
        buffers.put(input.kind(), records);
        files.add(records.ranges(input));
      } else {
        List<PartReader.Range> ranges = new ArrayList<>();
        for (Segment g : own) {
          KindInput.Part part = input.parts().get(g.part());
          ranges.add(
              new PartReader.Range(
                  HadoopFiles.bytes(conf, part.path()), part.path(), g.start(), g.end(), g.last()));
        }
        files.add(new PartReader.FileRanges(input.kind(), input.name(), input.head(0), ranges));
      }
      segments.add(own);
    }
    PartReader.Read read = PartReader.read(files, s.dateFormat());
    Placed placed = new Placed(files, segments, buffers, read.files());
    Dataset data = read.data();
    List<String> strays = data == null ? List.of() : strays(data, share);
    CohortPart part =
        data == null || !strays.isEmpty()
            ? null
            : CohortAnalysis.part(data, s.catalog(), s.parameters());
    List<Reject> rejects = new ArrayList<>();
    if (data != null) {
      for (Reject r : data.rejects()) {
        rejects.add(placed.reject(r));
      }
    }
    return new TaskResult(
        placed.lines(),
        placed.cutInQuotes(),
        strays,
        placed.failures(),
        data == null ? List.of() : data.ledgers(),
        rejects,
        part);
  }

  /** Returns a few patient ids of the data that lie outside the share, in id order. */
  private static List<String> strays(Dataset data, Share share) {
    TreeSet<String> ids = new TreeSet<>(data.patientIds());
    ids.addAll(data.events().keySet());
    ids.addAll(data.medications().keySet());
    List<String> strays = new ArrayList<>();
    for (String id : ids) {
      if (!share.holds(id) && strays.size() < STRAYS) {
        strays.add(id);
      }
    }
    return strays;
  }
}
