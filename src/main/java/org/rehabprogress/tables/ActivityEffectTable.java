package org.rehabprogress.tables;

import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.cohort.AdjustedActivityCells;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.report.CohortCsv;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The adjusted per-activity rows (SPEC 5b) as a Tablesaw {@code Table}: activity_effects.csv's
 * columns and cells (from {@link CohortCsv#adjustedActivityRows}), small cells suppressed. {@code
 * activity} and {@code class} are strings, {@code n} an int, {@code estimate}, {@code ci_low},
 * {@code ci_high}, {@code p_value} and {@code p_holm} doubles, each missing where hidden with the
 * reason ({@code small}, {@code complementary}) in its {@code _suppressed} string column. The one
 * difference from the file: {@code activity} is the name itself, without the {@code '} that the CSV
 * puts before a name starting with {@code =}, {@code +}, {@code -} or {@code @}.
 */
public final class ActivityEffectTable {

  /** The table's name. */
  public static final String NAME = "activity_effects";

  private ActivityEffectTable() {}

  /** Returns the table of a cohort's adjusted per-activity effects, in name order. */
  public static Table of(CohortCells cells) {
    List<String> header = CohortCsv.ADJUSTED_HEADER;
    List<Column<?>> columns = new ArrayList<>(header.size());
    for (String name : header) {
      columns.add(column(name));
    }
    List<List<String>> rows = CohortCsv.adjustedActivityRows(cells);
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < header.size(); c++) {
        String cell = c == 0 ? cells.activitiesAdjusted().get(r).activity() : row.get(c);
        Column<?> column = columns.get(c);
        if (cell.isEmpty()) {
          column.appendMissing();
        } else if (column instanceof StringColumn text) {
          text.append(cell);
        } else if (column instanceof IntColumn count) {
          count.append(Integer.parseInt(cell));
        } else if (cell.startsWith("<")) {
          // A p-value the file prints as <0.0001: the table holds the value itself.
          AdjustedActivityCells a = cells.activitiesAdjusted().get(r);
          Cell p = header.get(c).equals("p_holm") ? a.pHolm() : a.effect().pValue();
          ((DoubleColumn) column).append(p.value());
        } else {
          ((DoubleColumn) column).append(Double.parseDouble(cell));
        }
      }
    }
    return Table.create(NAME, columns.toArray(Column<?>[]::new));
  }

  private static Column<?> column(String name) {
    if (name.equals("activity") || name.equals("class") || name.endsWith("_suppressed")) {
      return StringColumn.create(name);
    }
    return name.equals("n") ? IntColumn.create(name) : DoubleColumn.create(name);
  }
}
