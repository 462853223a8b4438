package org.rehabprogress.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.report.SummaryCsv;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The cohort's per-patient table as a Tablesaw {@code Table}: per_patient.csv's columns in its
 * order, one row per analysed patient in patient id order, each value the one the file holds (the
 * same cells, from {@link SummaryCsv#cells}): figures rounded to 2 decimals as printed, a missing
 * figure a missing value (not an empty string). Types: {@code patient_id} and {@code status} (and
 * any {@code _status} column) are strings, the flags booleans, the counts ({@code
 * weeks_in_treatment}, {@code flagged_entries}, {@code days_logged}, {@code adj_day_pairs}) ints,
 * every other column a double. The one difference from the file: {@code patient_id} is the id
 * itself, without the {@code '} that the CSV puts before an id starting with {@code -} so that a
 * spreadsheet does not read a formula.
 */
public final class PatientTable {

  /** The table's name. */
  public static final String NAME = "per_patient";

  private static final Set<String> FLAGS = Set.of("review_flag", "persistent_pain_flag");

  private static final Set<String> COUNTS =
      Set.of("weeks_in_treatment", "flagged_entries", "days_logged", "adj_day_pairs");

  private PatientTable() {}

  /** Returns the type a column of per_patient.csv has in the table. */
  static Kind kind(String column) {
    if (column.equals("patient_id") || column.equals("status") || column.endsWith("_status")) {
      return Kind.TEXT;
    }
    if (FLAGS.contains(column)) {
      return Kind.FLAG;
    }
    return COUNTS.contains(column) ? Kind.COUNT : Kind.FIGURE;
  }

  /** The types of the table's columns. */
  enum Kind {
    TEXT,
    FLAG,
    COUNT,
    FIGURE
  }

  /**
   * Returns the table of these patients' summaries, in the given order.
   *
   * @param rows the summaries, as per_patient.csv lists them
   */
  public static Table of(List<PatientSummary> rows) {
    List<String> header = SummaryCsv.HEADER;
    List<Column<?>> columns = new ArrayList<>(header.size());
    for (String name : header) {
      columns.add(
          switch (kind(name)) {
            case TEXT -> StringColumn.create(name);
            case FLAG -> BooleanColumn.create(name);
            case COUNT -> IntColumn.create(name);
            case FIGURE -> DoubleColumn.create(name);
          });
    }
    for (PatientSummary s : rows) {
      List<String> cells = SummaryCsv.cells(s);
      for (int c = 0; c < header.size(); c++) {
        String cell = c == 0 ? s.patientId() : cells.get(c);
        append(columns.get(c), header.get(c), cell);
      }
    }
    return Table.create(NAME, columns.toArray(Column<?>[]::new));
  }

  private static void append(Column<?> column, String name, String cell) {
    if (cell.isEmpty()) {
      column.appendMissing();
      return;
    }
    switch (kind(name)) {
      case TEXT -> ((StringColumn) column).append(cell);
      case FLAG -> ((BooleanColumn) column).append(Boolean.parseBoolean(cell));
      case COUNT -> ((IntColumn) column).append(Integer.parseInt(cell));
      case FIGURE -> ((DoubleColumn) column).append(Double.parseDouble(cell));
    }
  }
}
