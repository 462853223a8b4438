package org.rehabprogress.tables;

import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.report.CohortCsv;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The subgroups of {@code rehab cohort --by} as a Tablesaw {@code Table}: subgroups.csv's columns
 * and cells (from {@link CohortCsv#subgroupRows}), small cells suppressed. A column of {@code --by}
 * is a string column (missing for the patients without a value); {@code patients}, {@code n} and
 * {@code improved} are ints, {@code share}, {@code ci_low} and {@code ci_high} doubles, each
 * missing where hidden with the reason ({@code small}, {@code complementary}) in its {@code
 * _suppressed} string column beside it; {@code adj_n} is an int and the other {@code adj_} figures
 * doubles, in the same way.
 */
public final class SubgroupTable {

  /** The table's name. */
  public static final String NAME = "subgroups";

  private SubgroupTable() {}

  /**
   * Returns the table of a cohort's subgroups.
   *
   * @param cells the cohort's figures as shown
   * @param by the columns of {@code --by}
   */
  public static Table of(CohortCells cells, List<String> by) {
    List<String> header = new ArrayList<>(by);
    header.addAll(CohortCsv.SUBGROUPS_FIGURES);
    List<Column<?>> columns = new ArrayList<>(header.size());
    for (int c = 0; c < header.size(); c++) {
      columns.add(column(header.get(c), c < by.size()));
    }
    List<List<String>> rows = CohortCsv.subgroupRows(cells);
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < header.size(); c++) {
        String cell = row.get(c);
        Column<?> column = columns.get(c);
        if (cell.isEmpty()) {
          column.appendMissing();
        } else if (column instanceof StringColumn text) {
          // A value of --by as the CSV writes it, less the ' that keeps a spreadsheet from
          // reading a formula: the table holds the value itself.
          text.append(c < by.size() ? cells.subgroups().get(r).values().get(c) : cell);
        } else if (column instanceof IntColumn count) {
          count.append(Integer.parseInt(cell));
        } else {
          ((DoubleColumn) column).append(Double.parseDouble(cell));
        }
      }
    }
    return Table.create(NAME, columns.toArray(Column<?>[]::new));
  }

  private static Column<?> column(String name, boolean value) {
    if (value || name.endsWith("_suppressed")) {
      return StringColumn.create(name);
    }
    return switch (name) {
      case "patients", "n", "improved", "adj_n" -> IntColumn.create(name);
      default -> DoubleColumn.create(name);
    };
  }
}
