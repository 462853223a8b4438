package org.rehabprogress.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.bytes.ByteRange;
import org.rehabprogress.ingest.bytes.CsvFault;
import org.rehabprogress.ingest.bytes.CsvFile;
import org.rehabprogress.ingest.bytes.Line;
import org.rehabprogress.ingest.bytes.RowSink;
import org.rehabprogress.ingest.bytes.UnsafeCut;

/**
 * Reads a share of the canonical files, as one task of a distributed engine reads its own: byte
 * ranges of each file, each beginning at a line start after the header, parsed by the same code as
 * {@link CanonicalReader} (the same rows, rejects, exact repeats and columns), on the calling
 * thread: each range goes through the byte route as a range read on its own ({@code
 * bytes.CsvFile.range}). When each range holds every row of its patients, the data set is theirs
 * exactly as the CLI reads them.
 *
 * <p>Lines are numbered on from range to range of a file, from 1: a reject's line, a repeat's and a
 * message's are so numbered, and {@link FileOutcome#lines} tells the caller how many lines each
 * range held, so that it can place them in their files once it knows the lines before each range.
 */
public final class PartReader {

  /** Receives the records of a range, split into cells as the CLI splits them. */
  @FunctionalInterface
  public interface RecordSink {
    /**
     * Takes one record.
     *
     * @param cells its cells, as many as the line holds (not checked against the header)
     * @param line its first line, numbered as the class says
     */
    void accept(String[] cells, long line);
  }

  /**
   * One byte range of a canonical file.
   *
   * @param bytes the file's bytes
   * @param display the file as the user named it, for messages
   * @param start the range's first byte: a line start after the header
   * @param end the byte after the range: a line start, or the file's end
   * @param last whether the range ends at the file's end (else a quoted cell still open at its end
   *     means the cut before the next range fell inside it)
   */
  public record Range(FileBytes bytes, String display, long start, long end, boolean last) {
    /** Checks for nulls and the order of the bounds. */
    public Range {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(display, "display");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("a range from " + start + " to " + end);
      }
    }
  }

  /**
   * The ranges of one canonical file to read, in file order (of the parts of a file given as a
   * folder of part files, in their order).
   *
   * @param kind which canonical file
   * @param name the file's name in ledgers and rejects
   * @param head its header, as read from the start of the file
   * @param ranges the ranges
   */
  public record FileRanges(CanonicalFile kind, String name, Records.Head head, List<Range> ranges) {
    /** Checks for nulls and copies the list. */
    public FileRanges {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(head, "head");
      ranges = List.copyOf(ranges);
    }
  }

  /**
   * What became of one file's ranges.
   *
   * @param kind which canonical file
   * @param lines the lines each range held, -1 for a range not read (after a failure)
   * @param cutInQuotes whether a range that is not the file's last ended inside a quoted cell: a
   *     quoted line break lies across the cut, and the ranges must be cut elsewhere
   * @param failure the file-level problem that stopped the reading (its line numbered as the class
   *     says), or null
   * @param failedRange the range the failure is in, or -1
   */
  public record FileOutcome(
      CanonicalFile kind,
      long[] lines,
      boolean cutInQuotes,
      InputFileException failure,
      int failedRange) {

    /** Returns whether every range was read. */
    public boolean complete() {
      return !cutInQuotes && failure == null;
    }
  }

  /**
   * What a share of the input holds.
   *
   * @param data the rows read, when every file's ranges were read; else null
   * @param files what became of each file's ranges, in the order given
   */
  public record Read(Dataset data, List<FileOutcome> files) {
    /** Copies the list. */
    public Read {
      files = List.copyOf(files);
    }
  }

  private PartReader() {}

  /**
   * Reads the ranges of each file, activities and symptoms required.
   *
   * @param files the files' ranges, one entry per file
   * @param dateFormat the --date-format pattern, or null
   * @throws IllegalArgumentException when a header lacks a required column (the caller checks the
   *     headers once, before it reads any range), or activities or symptoms are not given
   */
  public static Read read(List<FileRanges> files, DateTimeFormatter dateFormat) throws IOException {
    Map<CanonicalFile, Piece> pieces = new EnumMap<>(CanonicalFile.class);
    List<FileOutcome> outcomes = new ArrayList<>();
    boolean complete = true;
    for (FileRanges file : files) {
      Piece piece = piece(file, dateFormat);
      Parsed parsed = parse(file, piece);
      // The piece's lines, numbered on from range to range, as Assembly rebases one piece's.
      piece.lines = parsed.lines();
      FileOutcome outcome = parsed.outcome();
      outcomes.add(outcome);
      complete &= outcome.complete();
      pieces.put(file.kind(), piece);
    }
    if (!complete) {
      return new Read(null, outcomes);
    }
    if (!pieces.containsKey(CanonicalFile.ACTIVITIES)
        || !pieces.containsKey(CanonicalFile.SYMPTOMS)) {
      throw new IllegalArgumentException("activities and symptoms are required");
    }
    Dataset data =
        Assembly.dataset(
            parts(files, pieces, CanonicalFile.ACTIVITIES, ActivityPiece.class),
            parts(files, pieces, CanonicalFile.SYMPTOMS, SymptomPiece.class),
            parts(files, pieces, CanonicalFile.PATIENTS, PatientPiece.class),
            parts(files, pieces, CanonicalFile.EVENTS, EventPiece.class),
            parts(files, pieces, CanonicalFile.MEDICATIONS, MedicationPiece.class),
            List.of());
    return new Read(data, outcomes);
  }

  /**
   * Hands every record of a file's ranges to a sink, split into cells as the CLI splits them (blank
   * lines are not records); checks nothing else.
   */
  public static FileOutcome records(FileRanges file, RecordSink sink) throws IOException {
    int width = header(file).width();
    RowSink rows =
        new RowSink() {
          @Override
          public int width() {
            return width;
          }

          @Override
          public boolean plainRow(Line line, int localLine) {
            return false; // every record goes to the sink as its cells
          }

          @Override
          public void accept(String[] cells, int localLine) {
            if (!(cells.length == 1 && cells[0].isBlank())) {
              sink.accept(cells, localLine);
            }
          }
        };
    return parse(file, rows).outcome();
  }

  private static <P extends Piece> Assembly.Parts<P> parts(
      List<FileRanges> files, Map<CanonicalFile, Piece> pieces, CanonicalFile kind, Class<P> type) {
    Piece piece = pieces.get(kind);
    if (piece == null) {
      return null;
    }
    String name = files.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow().name();
    return new Assembly.Parts<>(name, 0, List.of(type.cast(piece)));
  }

  /** What {@link #parse} found: the outcome, and the lines of the ranges read. */
  private record Parsed(FileOutcome outcome, long lines) {}

  private static Parsed parse(FileRanges file, RowSink sink) throws IOException {
    List<Range> ranges = file.ranges();
    long[] lines = new long[ranges.size()];
    Arrays.fill(lines, -1);
    long before = 0;
    for (int i = 0; i < ranges.size(); i++) {
      Range r = ranges.get(i);
      ByteRange range = new ByteRange(r.start(), r.end());
      CsvFile csv =
          CsvFile.range(
              r.bytes()::open,
              file.name(),
              r.display(),
              file.head().delimiter(),
              file.head().cells(),
              range,
              before);
      try {
        lines[i] = csv.split(range, r.last(), sink, null);
      } catch (UnsafeCut e) {
        return new Parsed(new FileOutcome(file.kind(), lines, true, null, -1), before);
      } catch (CsvFault fault) {
        return new Parsed(
            new FileOutcome(file.kind(), lines, false, InputFileException.of(fault), i), before);
      }
      before += lines[i];
    }
    return new Parsed(new FileOutcome(file.kind(), lines, false, null, -1), before);
  }

  private static Piece piece(FileRanges file, DateTimeFormatter dateFormat) throws IOException {
    Header header = header(file);
    String name = file.name();
    boolean comma = file.head().decimalComma();
    return switch (file.kind()) {
      case ACTIVITIES -> new ActivityPiece(name, comma, header, dateFormat, region(file));
      case SYMPTOMS -> new SymptomPiece(name, comma, header, dateFormat, region(file));
      case PATIENTS -> new PatientPiece(name, comma, header, 0);
      case EVENTS -> new EventPiece(name, comma, header, dateFormat);
      case MEDICATIONS -> new MedicationPiece(name, comma, header, dateFormat);
    };
  }

  private static Header header(FileRanges file) {
    try {
      return Header.of(file.head().cells(), file.kind(), file.name());
    } catch (InputFileException e) {
      throw new IllegalArgumentException("check the headers before reading ranges", e);
    }
  }

  /** Returns columns sized for the ranges' rows, guessed from the first range's first bytes. */
  private static Region region(FileRanges file) throws IOException {
    long bytes = 0;
    for (Range r : file.ranges()) {
      bytes += r.end() - r.start();
    }
    double bytesPerRow = 24;
    if (!file.ranges().isEmpty()) {
      Range first = file.ranges().get(0);
      byte[] sample = new byte[(int) Math.min(1 << 18, first.end() - first.start())];
      int n = 0;
      try (InputStream in = first.bytes().open(first.start(), first.start() + sample.length)) {
        while (n < sample.length) {
          int k = in.read(sample, n, sample.length - n);
          if (k <= 0) {
            break;
          }
          n += k;
        }
      }
      int rows = 0;
      for (int i = 0; i < n; i++) {
        rows += sample[i] == '\n' ? 1 : 0;
      }
      bytesPerRow = rows < 16 ? 24 : (double) n / rows;
    }
    return Region.own((int) Math.min(Integer.MAX_VALUE - 16, bytes / bytesPerRow * 1.02 + 16));
  }
}
