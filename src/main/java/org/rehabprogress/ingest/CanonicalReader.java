package org.rehabprogress.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.bytes.ByteRange;
import org.rehabprogress.ingest.bytes.CsvFault;
import org.rehabprogress.ingest.bytes.CsvFile;
import org.rehabprogress.ingest.bytes.UnsafeCut;

/**
 * Reads the canonical files of an input folder into a {@link Dataset}. The two large files are cut
 * into byte ranges parsed on all cores; every row read is accepted, rejected with a reason, or
 * counted as an exact repeat.
 */
public final class CanonicalReader {

  /** Makes the parser of one byte range. */
  private interface PieceFactory<P extends Piece> {
    P create(Region region);
  }

  /** The pieces of one file under way. */
  private static final class FileRead<P extends Piece> {
    final CsvFile csv;
    final PieceFactory<P> factory;
    final List<ByteRange> ranges;
    final List<Future<P>> futures = new ArrayList<>();

    FileRead(CsvFile csv, PieceFactory<P> factory, int pieces, long minPieceBytes)
        throws IOException {
      this.csv = csv;
      this.factory = factory;
      this.ranges = csv.pieces(pieces, minPieceBytes);
    }

    /** Returns the parsing of each piece, to be submitted in this order. */
    List<Callable<P>> tasks(ReadOptions options) {
      int[] capacity = new int[ranges.size()];
      long total = 0;
      for (int i = 0; i < capacity.length; i++) {
        capacity[i] = csv.expectedRows(ranges.get(i).length());
        total += capacity[i];
      }
      Region.Shared shared = new Region.Shared(Math.toIntExact(total));
      List<Callable<P>> tasks = new ArrayList<>();
      int offset = 0;
      for (int i = 0; i < ranges.size(); i++) {
        ByteRange range = ranges.get(i);
        boolean last = i == ranges.size() - 1;
        Region region = new Region(shared, offset, capacity[i]);
        offset += capacity[i];
        tasks.add(
            () -> {
              P piece = factory.create(region);
              piece.parse(csv, range, last, options.progress());
              return piece;
            });
      }
      return tasks;
    }

    List<P> collect(ReadOptions options, Death died) throws InputFileException, IOException {
      List<P> pieces = new ArrayList<>();
      boolean unsafe = false;
      for (int i = 0; i < futures.size(); i++) {
        try {
          pieces.add(await(futures.get(i), died));
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof UnsafeCut || (i > 0 && cause instanceof InputFileException)) {
            // A cut inside a quoted cell, or an error whose line needs the lines before the piece.
            unsafe = true;
          } else if (cause instanceof InputFileException) {
            throw (InputFileException) cause;
          } else if (cause instanceof IOException) {
            throw (IOException) cause;
          } else if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          } else {
            throw new IllegalStateException(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
      if (!unsafe) {
        return pieces;
      }
      // Read the file whole: a quoted cell held a line break at a cut, or an error needs its line.
      pieces.clear();
      long start = ranges.get(0).start();
      P whole = factory.create(Region.own(csv.expectedRows(csv.size() - start)));
      try {
        whole.parse(csv, new ByteRange(start, csv.size()), true, null);
      } catch (UnsafeCut impossible) {
        throw new IllegalStateException(impossible);
      }
      return List.of(whole);
    }
  }

  private CanonicalReader() {}

  /**
   * Reads an input folder.
   *
   * @throws InputFileException for a file-level problem: missing, empty, a required column missing,
   *     malformed CSV, bytes that are not UTF-8
   * @throws IOException when a file cannot be read
   */
  public static Dataset read(InputFolder in, ReadOptions options)
      throws InputFileException, IOException {
    return read(in, options, CsvFile.MIN_PIECE_BYTES);
  }

  /** Reads an input folder, cutting files into pieces of at least {@code minPieceBytes}. */
  static Dataset read(InputFolder in, ReadOptions options, long minPieceBytes)
      throws InputFileException, IOException {
    CsvFile activities = open(in.activities(), in.activities().toString());
    CsvFile symptoms = open(in.symptoms(), in.symptoms().toString());
    CsvFile patients = in.patients() == null ? null : open(in.patients(), in.patients().toString());
    CsvFile events = in.events() == null ? null : open(in.events(), in.events().toString());
    CsvFile medications =
        in.medications() == null ? null : open(in.medications(), in.medications().toString());
    List<String> warnings = new ArrayList<>();
    Header ha = header(activities, CanonicalFile.ACTIVITIES, warnings);
    Header hs = header(symptoms, CanonicalFile.SYMPTOMS, warnings);
    Header hp = patients == null ? null : header(patients, CanonicalFile.PATIENTS, warnings);
    Header he = events == null ? null : header(events, CanonicalFile.EVENTS, warnings);
    Header hm =
        medications == null ? null : header(medications, CanonicalFile.MEDICATIONS, warnings);

    int threads = options.threads();
    FileRead<ActivityPiece> a =
        new FileRead<>(
            activities,
            region ->
                new ActivityPiece(
                    activities.name(), comma(activities), ha, options.dateFormat(), region),
            threads,
            minPieceBytes);
    FileRead<SymptomPiece> s =
        new FileRead<>(
            symptoms,
            region ->
                new SymptomPiece(
                    symptoms.name(), comma(symptoms), hs, options.dateFormat(), region),
            threads,
            minPieceBytes);
    FileRead<PatientPiece> p =
        patients == null
            ? null
            : new FileRead<>(
                patients,
                region ->
                    new PatientPiece(patients.name(), comma(patients), hp, patients.headerLines()),
                1,
                minPieceBytes);
    FileRead<EventPiece> e =
        events == null
            ? null
            : new FileRead<>(
                events,
                region -> new EventPiece(events.name(), comma(events), he, options.dateFormat()),
                1,
                minPieceBytes);
    FileRead<MedicationPiece> m =
        medications == null
            ? null
            : new FileRead<>(
                medications,
                region ->
                    new MedicationPiece(
                        medications.name(), comma(medications), hm, options.dateFormat()),
                1,
                minPieceBytes);
    Death died = new Death();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              // A worker can die outside any task (out of memory while it waits for the next
              // one), leaving queued tasks that never run: the death is kept for await to report,
              // instead of the JVM's own lines and a run that waits for ever.
              Thread t =
                  new Thread(
                      () -> {
                        try {
                          r.run();
                        } catch (Throwable failure) {
                          died.set(failure);
                        }
                      },
                      "rehab-read");
              t.setDaemon(true);
              return t;
            });
    List<ActivityPiece> ap;
    List<SymptomPiece> sp;
    PatientPiece pp;
    EventPiece ep;
    MedicationPiece mp;
    try {
      // The pieces of the two large files alternate, so that the threads see rows of both from the
      // start: the JIT then compiles the row code once for both kinds instead of compiling it for
      // activities and again, after a deoptimisation, when symptoms arrive.
      List<Callable<ActivityPiece>> at = a.tasks(options);
      List<Callable<SymptomPiece>> st = s.tasks(options);
      for (int i = 0; i < Math.max(at.size(), st.size()); i++) {
        if (i < at.size()) {
          a.futures.add(pool.submit(at.get(i)));
        }
        if (i < st.size()) {
          s.futures.add(pool.submit(st.get(i)));
        }
      }
      if (p != null) {
        p.futures.add(pool.submit(p.tasks(options).get(0)));
      }
      if (e != null) {
        e.futures.add(pool.submit(e.tasks(options).get(0)));
      }
      if (m != null) {
        m.futures.add(pool.submit(m.tasks(options).get(0)));
      }
      ap = a.collect(options, died);
      sp = s.collect(options, died);
      pp = p == null ? null : p.collect(options, died).get(0);
      ep = e == null ? null : e.collect(options, died).get(0);
      mp = m == null ? null : m.collect(options, died).get(0);
    } finally {
      pool.shutdownNow();
    }

    return Assembly.dataset(
        new Assembly.Parts<>(activities.name(), activities.headerLines(), ap),
        new Assembly.Parts<>(symptoms.name(), symptoms.headerLines(), sp),
        pp == null
            ? null
            : new Assembly.Parts<>(patients.name(), patients.headerLines(), List.of(pp)),
        ep == null ? null : new Assembly.Parts<>(events.name(), events.headerLines(), List.of(ep)),
        mp == null
            ? null
            : new Assembly.Parts<>(medications.name(), medications.headerLines(), List.of(mp)),
        warnings);
  }

  /**
   * A failure of a reading thread outside any task (should two race, either one will do: any ends
   * the read). A volatile field, not an atomic: a VarHandle's first use allocates, and this is
   * written when memory has run out.
   */
  private static final class Death {
    private volatile Throwable failure;

    void set(Throwable failure) {
      if (this.failure == null) {
        this.failure = failure;
      }
    }

    Throwable get() {
      return failure;
    }
  }

  /**
   * Returns a task's result, or fails as the task did, or as a reading thread that died outside any
   * task did (then the task may never run).
   */
  private static <T> T await(Future<T> future, Death died)
      throws ExecutionException, InterruptedException {
    while (true) {
      try {
        return future.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException notYet) {
        Throwable death = died.get();
        if (death != null) {
          throw new ExecutionException(death);
        }
      }
    }
  }

  private static CsvFile open(Path path, String display) throws InputFileException, IOException {
    try {
      return CsvFile.open(path, display);
    } catch (CsvFault fault) {
      throw InputFileException.of(fault);
    }
  }

  private static boolean comma(CsvFile csv) {
    return csv.delimiter() == ';';
  }

  private static Header header(CsvFile csv, CanonicalFile kind, List<String> warnings)
      throws InputFileException {
    Header header = Header.of(csv.headerCells(), kind, csv.display());
    if (!header.unknown().isEmpty()) {
      warnings.add(Header.unknownWarning(csv.display(), header));
    }
    return header;
  }
}
