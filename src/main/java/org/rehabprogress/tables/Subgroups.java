package org.rehabprogress.tables;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.countTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.SubgroupColumns;
import org.rehabprogress.cohort.SubgroupFigures;
import org.rehabprogress.stats.Wilson;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.table.TableSliceGroup;

/**
 * The subgroups of {@code rehab cohort --by} (SPEC section 11), computed by Tablesaw's {@code
 * summarize(...).by(...)} on the per-patient table: the patients, those with enough data and those
 * improved in each combination of values that some patient has, then the Wilson 95% interval of
 * each subgroup's responders.
 *
 * <p>Each column's values are coded before grouping, as whole numbers in {@link
 * SubgroupColumns#ORDER} (no value last): Tablesaw joins a group's values with {@code ~~~} and
 * reads some texts ({@code NA}, {@code null}) as missing, so no text from patients.csv can split or
 * merge a group, and the summary sorts in the order shown.
 */
public final class Subgroups {

  private static final String ENOUGH = "enough_data";
  private static final String IMPROVED = "improved";

  private Subgroups() {}

  /**
   * Returns the subgroups of the analysed patients, in the order of their values (the first column
   * first).
   *
   * @param patients the analysed patients, each with its values in {@code by}
   * @param by the columns of {@code --by}
   */
  public static List<SubgroupFigures> of(List<CohortPatient> patients, List<String> by) {
    List<List<String>> values = new ArrayList<>();
    for (int c = 0; c < by.size(); c++) {
      TreeSet<String> seen = new TreeSet<>(SubgroupColumns.ORDER);
      for (CohortPatient p : patients) {
        seen.add(p.subgroup().get(c));
      }
      values.add(new ArrayList<>(seen));
    }
    Table table = Table.create(PatientTable.NAME);
    String[] codes = new String[by.size()];
    for (int c = 0; c < by.size(); c++) {
      codes[c] = "by" + c;
      IntColumn code = IntColumn.create(codes[c]);
      for (CohortPatient p : patients) {
        code.append(values.get(c).indexOf(p.subgroup().get(c)));
      }
      table.addColumns(code);
    }
    BooleanColumn enough = BooleanColumn.create(ENOUGH);
    BooleanColumn improved = BooleanColumn.create(IMPROVED);
    for (CohortPatient p : patients) {
      enough.append(p.enoughData());
      improved.append(p.improved());
    }
    table.addColumns(enough, improved);
    if (patients.isEmpty()) {
      return List.of();
    }
    Table summary =
        table
            .summarize(List.of(ENOUGH, IMPROVED), count, countTrue)
            .by(codes)
            .sortAscendingOn(codes);
    String patientsColumn = TableSliceGroup.aggregateColumnName(ENOUGH, count.functionName());
    String enoughColumn = TableSliceGroup.aggregateColumnName(ENOUGH, countTrue.functionName());
    String improvedColumn = TableSliceGroup.aggregateColumnName(IMPROVED, countTrue.functionName());
    List<SubgroupFigures> rows = new ArrayList<>(summary.rowCount());
    for (Row row : summary) {
      List<String> key = new ArrayList<>(by.size());
      for (int c = 0; c < by.size(); c++) {
        key.add(values.get(c).get(row.getInt(codes[c])));
      }
      rows.add(
          new SubgroupFigures(
              key,
              whole(row.getDouble(patientsColumn)),
              Wilson.interval(
                  whole(row.getDouble(improvedColumn)), whole(row.getDouble(enoughColumn)))));
    }
    return rows;
  }

  /** Returns a count that Tablesaw's summary holds as a double (exact below 2^53). */
  private static int whole(double count) {
    int n = (int) count;
    if (n != count) {
      throw new IllegalStateException("a count of " + count + " patients");
    }
    return n;
  }
}
