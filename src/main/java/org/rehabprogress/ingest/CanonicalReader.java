package org.rehabprogress.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    final List<long[]> ranges;
    final List<Future<P>> futures = new ArrayList<>();

    FileRead(CsvFile csv, PieceFactory<P> factory, int pieces, long minPieceBytes)
        throws IOException {
      this.csv = csv;
      this.factory = factory;
      this.ranges = csv.pieces(pieces, minPieceBytes);
    }

    void submit(ExecutorService pool, ReadOptions options) {
      int[] capacity = new int[ranges.size()];
      long total = 0;
      for (int i = 0; i < capacity.length; i++) {
        capacity[i] = csv.expectedRows(ranges.get(i)[1] - ranges.get(i)[0]);
        total += capacity[i];
      }
      Region.Shared shared = new Region.Shared(Math.toIntExact(total));
      int offset = 0;
      for (int i = 0; i < ranges.size(); i++) {
        long[] range = ranges.get(i);
        boolean last = i == ranges.size() - 1;
        Region region = new Region(shared, offset, capacity[i]);
        offset += capacity[i];
        futures.add(
            pool.submit(
                () -> {
                  P piece = factory.create(region);
                  piece.parse(csv, range[0], range[1], last, options.progress());
                  return piece;
                }));
      }
    }

    List<P> collect(ReadOptions options) throws InputFileException, IOException {
      List<P> pieces = new ArrayList<>();
      boolean unsafe = false;
      for (int i = 0; i < futures.size(); i++) {
        try {
          pieces.add(futures.get(i).get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Piece.UnsafeCut || (i > 0 && cause instanceof InputFileException)) {
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
      long start = ranges.get(0)[0];
      P whole = factory.create(Region.own(csv.expectedRows(csv.size() - start)));
      try {
        whole.parse(csv, start, csv.size(), true, null);
      } catch (Piece.UnsafeCut impossible) {
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
    CsvFile activities = CsvFile.open(in.activities(), in.activities().toString());
    CsvFile symptoms = CsvFile.open(in.symptoms(), in.symptoms().toString());
    CsvFile patients =
        in.patients() == null ? null : CsvFile.open(in.patients(), in.patients().toString());
    CsvFile events = in.events() == null ? null : CsvFile.open(in.events(), in.events().toString());
    List<String> warnings = new ArrayList<>();
    Header ha = header(activities, FileKind.ACTIVITIES, warnings);
    Header hs = header(symptoms, FileKind.SYMPTOMS, warnings);
    Header hp = patients == null ? null : header(patients, FileKind.PATIENTS, warnings);
    Header he = events == null ? null : header(events, FileKind.EVENTS, warnings);

    int threads = options.threads();
    FileRead<ActivityPiece> a =
        new FileRead<>(
            activities,
            region -> new ActivityPiece(activities, ha, options.dateFormat(), region),
            threads,
            minPieceBytes);
    FileRead<SymptomPiece> s =
        new FileRead<>(
            symptoms,
            region -> new SymptomPiece(symptoms, hs, options.dateFormat(), region),
            threads,
            minPieceBytes);
    FileRead<PatientPiece> p =
        patients == null
            ? null
            : new FileRead<>(patients, region -> new PatientPiece(patients, hp), 1, minPieceBytes);
    FileRead<EventPiece> e =
        events == null
            ? null
            : new FileRead<>(
                events,
                region -> new EventPiece(events, he, options.dateFormat()),
                1,
                minPieceBytes);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "rehab-read");
              t.setDaemon(true);
              return t;
            });
    List<ActivityPiece> ap;
    List<SymptomPiece> sp;
    PatientPiece pp;
    EventPiece ep;
    try {
      a.submit(pool, options);
      s.submit(pool, options);
      if (p != null) {
        p.submit(pool, options);
      }
      if (e != null) {
        e.submit(pool, options);
      }
      ap = a.collect(options);
      sp = s.collect(options);
      pp = p == null ? null : p.collect(options).get(0);
      ep = e == null ? null : e.collect(options).get(0);
    } finally {
      pool.shutdownNow();
    }

    TreeSet<String> ids = new TreeSet<>();
    ap.forEach(piece -> ids.addAll(piece.ids));
    sp.forEach(piece -> ids.addAll(piece.ids));
    if (pp != null) {
      ids.addAll(pp.ids);
    }
    List<String> patientIds = new ArrayList<>(ids);
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < patientIds.size(); i++) {
      codes.put(patientIds.get(i), i);
    }
    Assembly.Result<ActivityLog> ar =
        Assembly.activities(
            activities.name(), ap, activities.headerLines(), codes, patientIds.size());
    ap = null;
    Assembly.Result<SymptomLog> sr =
        Assembly.symptoms(symptoms.name(), sp, symptoms.headerLines(), codes, patientIds.size());
    sp = null;

    List<FileLedger> ledgers = new ArrayList<>(List.of(ar.ledger(), sr.ledger()));
    List<Reject> rejects = new ArrayList<>(ar.rejects());
    rejects.addAll(sr.rejects());
    List<Duplicate> duplicates = new ArrayList<>(ar.duplicates());
    duplicates.addAll(sr.duplicates());
    Map<String, PatientInfo> infos = new TreeMap<>();
    if (pp != null) {
      long base = patients.headerLines();
      pp.patients.forEach(info -> infos.put(info.patientId(), info));
      List<Duplicate> dups = rebase(pp.duplicates, base);
      List<Reject> rej = rebaseRejects(pp.rejects, base);
      ledgers.add(
          new FileLedger(patients.name(), pp.read, pp.patients.size(), rej.size(), dups.size()));
      rejects.addAll(rej);
      duplicates.addAll(dups);
    }
    Map<String, List<PatientEvent>> byPatient = new TreeMap<>();
    if (ep != null) {
      long base = events.headerLines();
      for (PatientEvent event : ep.events) {
        byPatient
            .computeIfAbsent(event.patientId(), k -> new ArrayList<>())
            .add(
                new PatientEvent(
                    event.patientId(), event.date(), event.event(), event.line() + base));
      }
      byPatient
          .values()
          .forEach(
              list ->
                  list.sort(
                      Comparator.comparing(PatientEvent::date)
                          .thenComparingLong(PatientEvent::line)));
      List<Duplicate> dups = rebase(ep.duplicates, base);
      List<Reject> rej = rebaseRejects(ep.rejects, base);
      ledgers.add(
          new FileLedger(events.name(), ep.read, ep.events.size(), rej.size(), dups.size()));
      rejects.addAll(rej);
      duplicates.addAll(dups);
    }
    return new Dataset(
        patientIds, sr.log(), ar.log(), infos, byPatient, ledgers, rejects, duplicates, warnings);
  }

  private static Header header(CsvFile csv, FileKind kind, List<String> warnings)
      throws InputFileException {
    Header header = Header.of(csv.headerCells(), kind, csv.display());
    if (!header.unknown().isEmpty()) {
      warnings.add(
          csv.display()
              + ": ignoring unknown columns "
              + String.join(", ", header.unknown().stream().map(c -> "\"" + c + "\"").toList()));
    }
    return header;
  }

  private static List<Duplicate> rebase(List<Duplicate> duplicates, long base) {
    return duplicates.stream()
        .map(d -> new Duplicate(d.file(), d.line() + base, d.firstLine() + base))
        .toList();
  }

  private static List<Reject> rebaseRejects(List<Reject> rejects, long base) {
    return rejects.stream()
        .map(r -> new Reject(r.file(), r.line() + base, r.column(), r.value(), r.problem()))
        .toList();
  }
}
