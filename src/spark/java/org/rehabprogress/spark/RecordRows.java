package org.rehabprogress.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.FileBytes;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.PartReader;

/**
 * The shuffle route's first stage, in an executor: each segment of a CSV file split into records by
 * the CLI's own splitter ({@link PartReader#records}), one row per record with the patient id to
 * group by, the record's place, and the record itself (as CSV bytes for the cohort, which reads
 * them again by the CLI's byte route; as cells for the Parquet copy); then one row that says what
 * became of the segment (its lines, a cut inside a quoted cell, a file-level problem), for the
 * driver. The segment is read into memory once and split a small piece at a time, as the rows are
 * taken, so that a task holds few rows at once.
 */
final class RecordRows implements FlatMapFunction<Iterator<Segment>, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * The rows that cross the shuffle, in Spark's binary row form: the trimmed patient_id cell, the
   * file's kind (-1 for a segment's account), the record's place ({@link #place}: it sorts in file
   * order), the record (its CSV bytes, or its cells), and a segment's account ({@link TaskResult}
   * bytes) on the rows of kind -1.
   */
  static final StructType SCHEMA =
      new StructType()
          .add("pid", DataTypes.StringType, false)
          .add("kind", DataTypes.IntegerType, false)
          .add("place", DataTypes.LongType, false)
          .add("record", DataTypes.BinaryType, true)
          .add("cells", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("account", DataTypes.BinaryType, true);

  static final int PID = 0;
  static final int KIND = 1;
  static final int PLACE = 2;
  static final int RECORD = 3;
  static final int CELLS = 4;
  static final int ACCOUNT = 5;

  /** A piece of a segment split at once: its rows are held until they are taken. */
  private static final int PIECE = 1 << 18;

  private final Broadcast<byte[]> setup;
  private final boolean cells;

  /**
   * Splits segments into rows.
   *
   * @param setup the broadcast {@link Setup}
   * @param cells whether rows hold the record's cells (else its CSV bytes)
   */
  RecordRows(Broadcast<byte[]> setup, boolean cells) {
    this.setup = setup;
    this.cells = cells;
  }

  /**
   * Returns the place of a record: its file's kind, then its segment, then its line, so that places
   * sort in file order within each kind, and a segment's account (kind -1) before all.
   */
  static long place(int kind, long position) {
    return ((long) (kind + 1) << 58) | position;
  }

  /** Returns the position ({@link Segment#position}) of a place. */
  static long position(long place) {
    return place & ((1L << 58) - 1);
  }

  @Override
  public Iterator<Row> call(Iterator<Segment> segments) {
    Setup s = Setup.of(setup.value());
    Configuration conf = s.conf();
    List<Iterator<Row>> all = new ArrayList<>();
    segments.forEachRemaining(g -> all.add(new Rows(s, conf, g)));
    return all.stream().flatMap(it -> iterable(it)).iterator();
  }

  private static java.util.stream.Stream<Row> iterable(Iterator<Row> it) {
    Iterable<Row> rows = () -> it;
    return java.util.stream.StreamSupport.stream(rows.spliterator(), false);
  }

  /** The rows of one segment, split a piece at a time. */
  private final class Rows implements Iterator<Row> {
    private final Segment g;
    private final KindInput input;
    private final KindInput.Part part;
    private final int column;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private byte[] bytes;
    private int from;
    private long lines;
    private boolean done;
    private TaskResult.Failure failure;
    private boolean cutInQuotes;
    private final Configuration conf;

    Rows(Setup s, Configuration conf, Segment g) {
      this.g = g;
      this.input = s.input(g.kind());
      this.part = input.parts().get(g.part());
      this.column = input.patientColumn();
      this.conf = conf;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !done) {
        try {
          next(bytes == null ? load() : bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private byte[] load() throws IOException {
      bytes = new byte[Math.toIntExact(g.end() - g.start())];
      try (InputStream in = HadoopFiles.bytes(conf, part.path()).open(g.start(), g.end())) {
        int n = 0;
        while (n < bytes.length) {
          int k = in.read(bytes, n, bytes.length - n);
          if (k < 0) {
            throw new IOException(part.path() + " ended before byte " + g.end());
          }
          n += k;
        }
      }
      return bytes;
    }

    /** Splits the next piece (to the line start after PIECE bytes, or further) into rows. */
    private void next(byte[] b) throws IOException {
      int to = from;
      PartReader.FileOutcome outcome;
      while (true) {
        to = Math.min(b.length, to + PIECE);
        while (to < b.length && b[to - 1] != '\n') {
          to++;
        }
        boolean last = to == b.length;
        FileBytes piece =
            (start, end) -> new ByteArrayInputStream(b, (int) start, (int) (end - start));
        PartReader.FileRanges file =
            new PartReader.FileRanges(
                g.kind(),
                input.name(),
                input.head(g.part()),
                List.of(new PartReader.Range(piece, part.path(), from, to, last && g.last())));
        List<Row> rows = new ArrayList<>();
        int kind = g.kind().ordinal();
        char delimiter = input.delimiter();
        long before = lines;
        outcome =
            PartReader.records(
                file,
                (record, line) ->
                    rows.add(
                        RowFactory.create(
                            column >= 0 && column < record.length ? record[column].strip() : "",
                            kind,
                            place(kind, Segment.position(g.index(), before + line)),
                            cells ? null : RecordText.of(record, delimiter),
                            cells ? record : null,
                            null)));
        if (outcome.cutInQuotes() && !last) {
          continue; // a quoted line break across the piece's end: take a larger piece
        }
        ready.addAll(rows);
        break;
      }
      if (outcome.failure() != null) {
        InputFileException e = outcome.failure();
        failure =
            new TaskResult.Failure(
                g.kind(), Segment.position(g.index(), lines + e.line()), e.what(), e.whatToDo());
      } else {
        lines += outcome.lines()[0];
      }
      cutInQuotes = outcome.cutInQuotes();
      from = to;
      if (from == b.length || failure != null || cutInQuotes) {
        done = true;
        bytes = null;
        ready.add(RowFactory.create("", -1, place(-1, g.index()), null, null, account().bytes()));
      }
    }

    /** Returns what became of the segment, as a task result of no rows. */
    private TaskResult account() {
      List<TaskResult.SegmentLines> own =
          failure != null || cutInQuotes
              ? List.of()
              : List.of(new TaskResult.SegmentLines(g.kind(), g.index(), lines));
      List<CanonicalFile> cut = cutInQuotes ? List.of(g.kind()) : List.of();
      List<TaskResult.Failure> failures = failure == null ? List.of() : List.of(failure);
      return new TaskResult(own, cut, List.of(), failures, List.of(), List.of(), null);
    }
  }
}
