package org.rehabprogress.privacy;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.canonical.Cells;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.Numbers;
import org.rehabprogress.ingest.SymptomLog;

/**
 * Writes the anonymised activities.csv and symptoms.csv: patients in pseudonym order, each
 * patient's rows in date then input order, dates moved by the patient's offset, notes dropped,
 * numbers exact. Rows that would read the same once notes and names are gone carry {@code entry 2},
 * {@code entry 3}, ... in a notes column (only written when some row needs it), so that reading the
 * copy does not count them once as exact repeats. The caller opens and closes the writers.
 */
public final class AnonymisedLogs {

  private AnonymisedLogs() {}

  /** Writes activities.csv. */
  public static WrittenFile activities(ExportPlan plan, Writer out) throws IOException {
    return activities(plan, out, false);
  }

  /**
   * Writes activities.csv, with the notes column even when no row needs it when {@code notes} is
   * set: a distributed engine writes each patient's rows with it, and drops the column afterwards
   * when no row of the whole file needed it.
   */
  public static WrittenFile activities(ExportPlan plan, Writer out, boolean notes)
      throws IOException {
    ActivityLog log = plan.data().activities();
    int names = log.names().size();
    String[] nameCell = new String[names];
    int[] nameId = new int[names];
    Map<String, Integer> ids = new HashMap<>();
    for (int code = 0; code < names; code++) {
      String name = plan.naming().name(code);
      nameCell[code] = CsvText.cell(name);
      nameId[code] = ids.computeIfAbsent(name, n -> ids.size());
    }
    Map<String, String> intensityCell = new HashMap<>();
    Repeat same =
        (a, b) ->
            nameId[log.activity(a)] == nameId[log.activity(b)]
                && same(log.minutes(a), log.minutes(b))
                && intensity(log.intensity(a), intensityCell)
                    .equals(intensity(log.intensity(b), intensityCell));
    IntColumn day = log::day;
    long marked = count(plan, log::from, log::to, day, same);
    boolean notesColumn = notes || marked > 0;
    CsvText csv = new CsvText(out);
    header(csv, CanonicalFile.ACTIVITIES.header(), notesColumn);
    DayText days = new DayText();
    NumberText numbers = new NumberText();
    long rows = 0;
    for (int p : plan.order()) {
      String id = plan.pseudonym(p);
      int offset = plan.offset(p);
      for (int row = log.from(p), to = log.to(p); row < to; row++) {
        StringBuilder line = csv.line();
        line.append(id).append(',').append(days.of(log.day(row) + offset));
        line.append(nameCell[log.activity(row)]).append(',');
        double minutes = log.minutes(row);
        if (!Double.isNaN(minutes)) {
          line.append(numbers.of(minutes));
        }
        line.append(intensity(log.intensity(row), intensityCell));
        notes(line, notesColumn, repeat(row, log.from(p), day, same));
        csv.endLine();
        rows++;
      }
    }
    csv.finish();
    return new WrittenFile(CanonicalFile.ACTIVITIES.fileName(), rows, marked, 0, 0);
  }

  /** Writes symptoms.csv. */
  public static WrittenFile symptoms(ExportPlan plan, Writer out) throws IOException {
    return symptoms(plan, out, false);
  }

  /** Writes symptoms.csv, with the notes column when {@code notes} is set (see activities). */
  public static WrittenFile symptoms(ExportPlan plan, Writer out, boolean notes)
      throws IOException {
    SymptomLog log = plan.data().symptoms();
    Measure[] measures = written(log);
    Repeat same =
        (a, b) -> {
          for (Measure m : measures) {
            if (!same(log.value(m, a), log.value(m, b))) {
              return false;
            }
          }
          return true;
        };
    IntColumn day = log::day;
    long marked = count(plan, log::from, log::to, day, same);
    boolean notesColumn = notes || marked > 0;
    CsvText csv = new CsvText(out);
    List<String> header = new ArrayList<>(List.of("patient_id", "date"));
    for (Measure m : measures) {
      header.add(m.column());
    }
    header.add("notes");
    header(csv, header, notesColumn);
    DayText days = new DayText();
    NumberText numbers = new NumberText();
    long rows = 0;
    for (int p : plan.order()) {
      String id = plan.pseudonym(p);
      int offset = plan.offset(p);
      for (int row = log.from(p), to = log.to(p); row < to; row++) {
        StringBuilder line = csv.line();
        line.append(id).append(',').append(days.of(log.day(row) + offset));
        for (Measure m : measures) {
          line.append(',');
          double value = log.value(m, row);
          if (!Double.isNaN(value)) {
            line.append(numbers.of(value));
          }
        }
        notes(line, notesColumn, repeat(row, log.from(p), day, same));
        csv.endLine();
        rows++;
      }
    }
    csv.finish();
    return new WrittenFile(CanonicalFile.SYMPTOMS.fileName(), rows, marked, 0, 0);
  }

  /**
   * Returns the measures a copy keeps, in column order: the five columns a copy has always had (so
   * that scripts written for earlier copies still read it), and any other measure the input had a
   * column for.
   */
  private static Measure[] written(SymptomLog log) {
    List<Measure> always =
        List.of(
            Measure.PAIN,
            Measure.ANXIETY,
            Measure.GAD7,
            Measure.SLEEP_HOURS,
            Measure.SLEEP_QUALITY);
    return Measure.ALL.stream()
        .filter(m -> always.contains(m) || log.has(m))
        .toArray(Measure[]::new);
  }

  /** Says whether two rows of one patient's day would be written the same. */
  private interface Repeat {
    boolean same(int a, int b);
  }

  /** Reads an int column or bound by row or patient code. */
  private interface IntColumn {
    int get(int index);
  }

  private static boolean same(double a, double b) {
    return a == b || (Double.isNaN(a) && Double.isNaN(b));
  }

  /** Returns how many earlier rows of the same patient and day read the same as {@code row}. */
  private static int repeat(int row, int from, IntColumn day, Repeat same) {
    int n = 0;
    for (int r = row - 1; r >= from && day.get(r) == day.get(row); r--) {
      if (same.same(r, row)) {
        n++;
      }
    }
    return n;
  }

  private static long count(
      ExportPlan plan, IntColumn from, IntColumn to, IntColumn day, Repeat same) {
    long marked = 0;
    for (int p : plan.order()) {
      for (int row = from.get(p), end = to.get(p); row < end; row++) {
        if (repeat(row, from.get(p), day, same) > 0) {
          marked++;
        }
      }
    }
    return marked;
  }

  private static void header(CsvText csv, List<String> canonical, boolean notes)
      throws IOException {
    StringBuilder line = csv.line();
    for (String column : canonical) {
      if (notes || !column.equals("notes")) {
        line.append(line.length() == 0 ? "" : ",").append(column);
      }
    }
    csv.endLine();
  }

  private static void notes(StringBuilder line, boolean column, int repeat) {
    if (column) {
      line.append(',');
      if (repeat > 0) {
        line.append("entry ").append(repeat + 1);
      }
    }
  }

  /** Returns ",intensity": a word as read (lower case), an RPE as a canonical number. */
  private static String intensity(String text, Map<String, String> cells) {
    if (text == null) {
      return ",";
    }
    return cells.computeIfAbsent(
        text,
        t -> {
          String word = t.toLowerCase(Locale.ROOT);
          if (word.equals("light") || word.equals("moderate") || word.equals("vigorous")) {
            return "," + word;
          }
          // An RPE as written may have a decimal comma (a semicolon file): write it with a dot.
          return "," + Cells.exact(Numbers.parse(t, true));
        });
  }
}
