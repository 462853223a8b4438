package org.rehabprogress.tables;

import java.util.List;
import org.rehabprogress.analysis.DayPairs;
import org.rehabprogress.report.DayPairsCsv;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The day-pair panel of SPEC 3b as a Tablesaw {@code Table}: day_pairs.csv's columns in its order
 * and its values (from {@link DayPairsCsv#cells}), one row per day pair, patients in the order
 * given, pairs in day order. {@code patient_id} is a string (the id itself, without the {@code '}
 * the CSV puts before an id starting with {@code -}); {@code day}, {@code F}, {@code L} and {@code
 * O} are ints; {@code p}, {@code y} and the minutes are doubles, each the double the models were
 * fitted on.
 */
public final class DayPairTable {

  /** The table's name. */
  public static final String NAME = "day_pairs";

  private DayPairTable() {}

  /**
   * Returns the panel of these patients' day pairs.
   *
   * @param patients each patient's pairs, never null
   */
  public static Table of(List<DayPairs> patients) {
    List<String> header = DayPairsCsv.HEADER;
    StringColumn id = StringColumn.create(header.get(0));
    IntColumn day = IntColumn.create(header.get(1));
    DoubleColumn p = DoubleColumn.create(header.get(2));
    DoubleColumn y = DoubleColumn.create(header.get(3));
    IntColumn f = IntColumn.create(header.get(4));
    IntColumn l = IntColumn.create(header.get(5));
    IntColumn o = IntColumn.create(header.get(6));
    DoubleColumn lowImpact = DoubleColumn.create(header.get(7));
    DoubleColumn flagged = DoubleColumn.create(header.get(8));
    DoubleColumn other = DoubleColumn.create(header.get(9));
    for (DayPairs pairs : patients) {
      for (int i = 0; i < pairs.size(); i++) {
        List<String> cells = DayPairsCsv.cells(pairs, i);
        id.append(cells.get(0));
        day.append(Integer.parseInt(cells.get(1)));
        p.append(Double.parseDouble(cells.get(2)));
        y.append(Double.parseDouble(cells.get(3)));
        f.append(Integer.parseInt(cells.get(4)));
        l.append(Integer.parseInt(cells.get(5)));
        o.append(Integer.parseInt(cells.get(6)));
        lowImpact.append(Double.parseDouble(cells.get(7)));
        flagged.append(Double.parseDouble(cells.get(8)));
        other.append(Double.parseDouble(cells.get(9)));
      }
    }
    return Table.create(NAME, id, day, p, y, f, l, o, lowImpact, flagged, other);
  }
}
