package org.rehabprogress.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.rehabprogress.canonical.Measure;

/**
 * Assembles the pieces of symptoms.csv or activities.csv into one log sorted by patient and day:
 * moves the pieces' rows together, rebases line numbers, maps piece-local patient codes to the
 * global dictionary, sorts when the input was not grouped by patient and dated, and counts exact
 * repeats once. Exact repeats share a patient and a day, so they are searched within each
 * patient-day group, never across the file.
 */
final class Assembly {

  /** The assembled rows and what happened to every row read. */
  record Result<L>(L log, FileLedger ledger, List<Reject> rejects, List<Duplicate> duplicates) {}

  /** The columns common to both files, gathered and rebased. */
  private static final class Common {
    int n;
    int[] start;
    int[] patient;
    int[] day;
    int[] line;
    int[] hash;
    // In sorted input, the first row of each patient-day group where two rows share a text hash;
    // null when the rows have to be sorted (every group is then searched).
    IntList suspects;

    /**
     * Puts the rows in order of patient and day when they came in another, in place and with the
     * file's other columns (see {@link RowSort}); returns the notes, by row in that order.
     */
    Notes group(int patients, int[][] ints, double[][] doubles, Gathered notes) {
      int[] at = notes.at();
      byte[][] text = notes.text();
      if (suspects != null) {
        return Notes.inOrder(at, text);
      }
      // A note's row is found again after the sort by its patient, day and line.
      int[] notePatient = new int[at.length];
      int[] noteDay = new int[at.length];
      int[] noteLine = new int[at.length];
      for (int k = 0; k < at.length; k++) {
        notePatient[k] = patient[at[k]];
        noteDay[k] = day[at[k]];
        noteLine[k] = line[at[k]];
      }
      int[][] others = new int[ints.length + 1][];
      others[0] = hash;
      System.arraycopy(ints, 0, others, 1, ints.length);
      int[] starts = RowSort.sort(n, patients, patient, day, line, others, doubles);
      for (int k = 0; k < at.length; k++) {
        at[k] = RowSort.find(starts, day, line, notePatient[k], noteDay[k], noteLine[k]);
      }
      return Notes.inOrder(at, text);
    }

    /** Finds the exact repeats among these rows; see {@link Repeats#find}. */
    int[] repeats(String file, Repeats.SameRow same, List<Duplicate> out) {
      return Repeats.find(file, n, patient, day, line, hash, suspects, same, out);
    }
  }

  /**
   * The notes of a file's rows as gathered: the row of each note, ascending, and its UTF-8 bytes.
   */
  private record Gathered(int[] at, byte[][] text) {}

  /** The parsed pieces of one file, with its name and the lines its header spans. */
  record Parts<P extends Piece>(String name, long headerLines, List<P> pieces) {}

  private Assembly() {}

  /** Assembles the parsed files into a dataset: patient codes in id order, every row accounted. */
  static Dataset dataset(
      Parts<ActivityPiece> a,
      Parts<SymptomPiece> s,
      Parts<PatientPiece> p,
      Parts<EventPiece> e,
      Parts<MedicationPiece> m,
      List<String> warnings) {
    TreeSet<String> ids = new TreeSet<>();
    a.pieces().forEach(piece -> ids.addAll(piece.ids));
    s.pieces().forEach(piece -> ids.addAll(piece.ids));
    if (p != null) {
      p.pieces().forEach(piece -> ids.addAll(piece.ids));
    }
    List<String> patientIds = new ArrayList<>(ids);
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < patientIds.size(); i++) {
      codes.put(patientIds.get(i), i);
    }
    // The two files are assembled side by side: they share only the (read-only) patient codes.
    CompletableFuture<Result<SymptomLog>> symptoms =
        CompletableFuture.supplyAsync(
            () -> symptoms(s.name(), s.pieces(), s.headerLines(), codes, patientIds.size()));
    Result<ActivityLog> ar =
        activities(a.name(), a.pieces(), a.headerLines(), codes, patientIds.size());
    Result<SymptomLog> sr = symptoms.join();
    List<FileLedger> ledgers = new ArrayList<>(List.of(ar.ledger(), sr.ledger()));
    List<Reject> rejects = new ArrayList<>(ar.rejects());
    rejects.addAll(sr.rejects());
    List<Duplicate> duplicates = new ArrayList<>(ar.duplicates());
    duplicates.addAll(sr.duplicates());
    Map<String, PatientInfo> infos = new TreeMap<>();
    if (p != null) {
      PatientPiece pp = p.pieces().get(0);
      long base = p.headerLines();
      pp.patients.forEach(info -> infos.put(info.patientId(), info));
      List<Duplicate> dups = rebase(pp.duplicates, base);
      List<Reject> rej = rebaseRejects(pp.rejects, base);
      ledgers.add(new FileLedger(p.name(), pp.read, pp.patients.size(), rej.size(), dups.size()));
      rejects.addAll(rej);
      duplicates.addAll(dups);
    }
    Map<String, List<PatientEvent>> byPatient = new TreeMap<>();
    if (e != null) {
      EventPiece ep = e.pieces().get(0);
      long base = e.headerLines();
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
      ledgers.add(new FileLedger(e.name(), ep.read, ep.events.size(), rej.size(), dups.size()));
      rejects.addAll(rej);
      duplicates.addAll(dups);
    }
    Map<String, List<Medication>> medications = new TreeMap<>();
    if (m != null) {
      MedicationPiece mp = m.pieces().get(0);
      long base = m.headerLines();
      for (Medication row : mp.medications) {
        medications
            .computeIfAbsent(row.patientId(), k -> new ArrayList<>())
            .add(
                new Medication(
                    row.patientId(),
                    row.start(),
                    row.end(),
                    row.drug(),
                    row.dailyDose(),
                    row.unit(),
                    row.line() + base));
      }
      medications
          .values()
          .forEach(
              list ->
                  list.sort(
                      Comparator.comparing(Medication::start).thenComparingLong(Medication::line)));
      List<Duplicate> dups = rebase(mp.duplicates, base);
      List<Reject> rej = rebaseRejects(mp.rejects, base);
      ledgers.add(
          new FileLedger(m.name(), mp.read, mp.medications.size(), rej.size(), dups.size()));
      rejects.addAll(rej);
      duplicates.addAll(dups);
    }
    return new Dataset(
        patientIds,
        sr.log(),
        ar.log(),
        infos,
        byPatient,
        medications,
        ledgers,
        rejects,
        duplicates,
        warnings);
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

  /**
   * Moves the rows of a file's pieces together and rebases them in one pass: patient codes and the
   * other coded columns from the pieces' dictionaries to the file's, lines from the piece's to the
   * file's, and notes whether they came sorted by patient and day (the usual input does); {@link
   * Common#group} sorts them when not.
   *
   * @param coded the file's other coded columns, gathered (code -1 stays -1)
   * @param codeMaps per coded column, per piece, the file's code of each piece code
   */
  private static <P extends Piece> Common common(
      List<P> pieces,
      long headerLines,
      Map<String, Integer> global,
      int[][] coded,
      int[][][] codeMaps) {
    Common c = new Common();
    c.start = new int[pieces.size() + 1];
    int[] lineShift = new int[pieces.size()];
    long lines = headerLines;
    int[][] codes = new int[pieces.size()][];
    for (int p = 0; p < pieces.size(); p++) {
      Piece piece = pieces.get(p);
      c.start[p + 1] = c.start[p] + piece.patient.size();
      lineShift[p] = Math.toIntExact(lines);
      lines += piece.lines;
      codes[p] = piece.ids.stream().mapToInt(global::get).toArray();
    }
    c.n = c.start[pieces.size()];
    c.patient = Columns.gather(pieces, p -> p.patient, c.n);
    c.day = Columns.gather(pieces, p -> p.day, c.n);
    c.line = Columns.gather(pieces, p -> p.line, c.n);
    c.hash = Columns.gather(pieces, p -> p.hash, c.n);
    for (Piece piece : pieces) {
      piece.patient = null;
      piece.day = null;
      piece.line = null;
      piece.hash = null;
    }
    IntList suspects = new IntList(16);
    boolean sorted =
        Columns.rebase(
            c.patient, c.day, c.line, c.hash, c.start, codes, lineShift, coded, codeMaps, suspects);
    c.suspects = sorted ? suspects : null;
    return c;
  }

  static Result<SymptomLog> symptoms(
      String file,
      List<SymptomPiece> pieces,
      long headerLines,
      Map<String, Integer> global,
      int patients) {
    Common c = common(pieces, headerLines, global, new int[0][], new int[0][][]);
    // A measure the header lacks has no column (null): it costs nothing per row.
    double[][] values = new double[Measure.ALL.size()][];
    List<double[]> present = new ArrayList<>();
    for (int m = 0; m < values.length; m++) {
      int measure = m;
      if (pieces.get(0).values[m] == null) {
        continue;
      }
      values[m] = Columns.gatherDoubles(pieces, p -> p.values[measure], c.n);
      present.add(values[m]);
    }
    double[][] columns = present.toArray(new double[0][]);
    pieces.forEach(p -> p.values = null);
    Notes read =
        c.group(
            patients, new int[0][], columns, notes(pieces, p -> p.noteRows, p -> p.noteTexts, c));
    List<Duplicate> duplicates = new ArrayList<>();
    int[] dropped =
        c.repeats(
            file,
            (i, j) -> {
              if (!read.same(i, j)) {
                return false;
              }
              for (double[] column : columns) {
                if (Double.doubleToLongBits(column[i]) != Double.doubleToLongBits(column[j])) {
                  return false;
                }
              }
              return true;
            },
            duplicates);
    Columns.compact(dropped, c.n, new int[][] {c.patient, c.day}, columns);
    Notes notes = read.without(dropped);
    int kept = c.n - duplicates.size();
    SymptomLog log = new SymptomLog(kept, c.patient, c.day, values, notes, patients);
    return result(file, pieces, headerLines, log, kept, duplicates);
  }

  static Result<ActivityLog> activities(
      String file,
      List<ActivityPiece> pieces,
      long headerLines,
      Map<String, Integer> global,
      int patients) {
    Dictionary names = new Dictionary();
    Dictionary intensities = new Dictionary();
    int[][] nameMaps = new int[pieces.size()][];
    int[][] intensityMaps = new int[pieces.size()][];
    for (int p = 0; p < pieces.size(); p++) {
      nameMaps[p] = names.addAll(pieces.get(p).names);
      intensityMaps[p] = intensities.addAll(pieces.get(p).intensities);
    }
    int n = 0;
    for (ActivityPiece piece : pieces) {
      n += piece.patient.size();
    }
    int[] activity = Columns.gather(pieces, p -> p.activity, n);
    int[] intensity = Columns.gather(pieces, p -> p.intensity, n);
    double[] minutes = Columns.gatherDoubles(pieces, p -> p.minutes, n);
    pieces.forEach(
        p -> {
          p.activity = null;
          p.intensity = null;
          p.minutes = null;
        });
    Common c =
        common(
            pieces,
            headerLines,
            global,
            new int[][] {activity, intensity},
            new int[][][] {nameMaps, intensityMaps});
    Notes read =
        c.group(
            patients,
            new int[][] {activity, intensity},
            new double[][] {minutes},
            notes(pieces, p -> p.noteRows, p -> p.noteTexts, c));
    List<Duplicate> duplicates = new ArrayList<>();
    int[] dropped =
        c.repeats(
            file,
            (i, j) ->
                activity[i] == activity[j]
                    && intensity[i] == intensity[j]
                    && Double.doubleToLongBits(minutes[i]) == Double.doubleToLongBits(minutes[j])
                    && read.same(i, j),
            duplicates);
    Columns.compact(
        dropped,
        c.n,
        new int[][] {c.patient, c.day, activity, intensity},
        new double[][] {minutes});
    Notes notes = read.without(dropped);
    int kept = c.n - duplicates.size();
    ActivityLog log =
        new ActivityLog(
            kept,
            c.patient,
            c.day,
            activity,
            minutes,
            intensity,
            notes,
            names.values(),
            intensities.values(),
            patients);
    return result(file, pieces, headerLines, log, kept, duplicates);
  }

  /** Returns the notes of the file's rows, by gathered row. */
  private static <P> Gathered notes(
      List<P> pieces, Function<P, IntList> rows, Function<P, List<byte[]>> texts, Common c) {
    int n = 0;
    for (P piece : pieces) {
      n += rows.apply(piece).size();
    }
    int[] at = new int[n];
    byte[][] text = new byte[n][];
    int k = 0;
    for (int p = 0; p < pieces.size(); p++) {
      IntList r = rows.apply(pieces.get(p));
      List<byte[]> t = texts.apply(pieces.get(p));
      for (int i = 0; i < r.size(); i++) {
        at[k] = c.start[p] + r.get(i);
        text[k++] = t.get(i);
      }
    }
    return new Gathered(at, text);
  }

  private static <L> Result<L> result(
      String file,
      List<? extends Piece> pieces,
      long headerLines,
      L log,
      int accepted,
      List<Duplicate> duplicates) {
    List<Reject> rejects = new ArrayList<>();
    long read = 0;
    long lines = headerLines;
    for (Piece piece : pieces) {
      read += piece.read;
      for (Reject r : piece.rejects) {
        rejects.add(new Reject(r.file(), r.line() + lines, r.column(), r.value(), r.problem()));
      }
      lines += piece.lines;
    }
    FileLedger ledger = new FileLedger(file, read, accepted, rejects.size(), duplicates.size());
    return new Result<>(log, ledger, rejects, duplicates);
  }
}
