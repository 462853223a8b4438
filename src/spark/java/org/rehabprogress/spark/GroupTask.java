package org.rehabprogress.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.cohort.CohortAnalysis;
import org.rehabprogress.ingest.PartReader;
import org.rehabprogress.ingest.Reject;

/**
 * The shuffle route's second stage, in an executor: the records of a partition (every record of its
 * patients), sorted by place (so that each file's rows meet the row rules, the exact-repeat rule
 * and the patients.csv rules in file order, as in the CLI), laid end to end as one CSV text a file
 * and read by the CLI's own byte route ({@link PartReader}) for all the partition's patients at
 * once, which groups them by patient as it does any input; then the patients go through the
 * cohort's per-patient step. The segments' accounts that came along are passed on as they are.
 */
final class GroupTask implements MapPartitionsFunction<Row, byte[]> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<byte[]> setup;

  GroupTask(Broadcast<byte[]> setup) {
    this.setup = setup;
  }

  @Override
  public Iterator<byte[]> call(Iterator<Row> rows) throws IOException {
    Setup s = Setup.of(setup.value());
    List<byte[]> out = new ArrayList<>();
    Map<CanonicalFile, RecordBuffer> texts = new EnumMap<>(CanonicalFile.class);
    for (KindInput input : s.inputs()) {
      texts.put(input.kind(), new RecordBuffer());
    }
    while (rows.hasNext()) {
      Row r = rows.next();
      int kind = r.getInt(RecordRows.KIND);
      if (kind < 0) {
        out.add((byte[]) r.get(RecordRows.ACCOUNT));
        continue;
      }
      texts
          .get(CanonicalFile.values()[kind])
          .add((byte[]) r.get(RecordRows.RECORD), RecordRows.position(r.getLong(RecordRows.PLACE)));
    }
    List<PartReader.FileRanges> files = new ArrayList<>();
    for (KindInput input : s.inputs()) {
      files.add(texts.get(input.kind()).ranges(input));
    }
    PartReader.Read read = PartReader.read(files, s.dateFormat());
    if (read.data() == null) {
      throw new IllegalStateException("records written again as CSV did not read back");
    }
    List<Reject> rejects = new ArrayList<>();
    for (Reject r : read.data().rejects()) {
      RecordBuffer t = texts.get(kindOf(s, r.file()));
      rejects.add(r.relocated(r.file(), t::position));
    }
    out.add(
        new TaskResult(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                read.data().ledgers(),
                rejects,
                CohortAnalysis.part(read.data(), s.catalog(), s.parameters()))
            .bytes());
    return out.iterator();
  }

  private static CanonicalFile kindOf(Setup s, String name) {
    return s.inputs().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().kind();
  }
}
