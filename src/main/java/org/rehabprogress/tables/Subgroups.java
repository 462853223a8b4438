package org.rehabprogress.tables;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.countNonMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.countTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.SubgroupColumns;
import org.rehabprogress.cohort.SubgroupFigures;
import org.rehabprogress.stats.PooledEffect;
import org.rehabprogress.stats.RandomEffects;
import org.rehabprogress.stats.Wilson;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.table.TableSliceGroup;

/**
 * The subgroups of {@code rehab cohort --by} (SPEC section 11), computed by Tablesaw's {@code
 * summarize(...).by(...)} on the per-patient table: the patients, those with enough data, those
 * improved and those with an adjusted estimate (SPEC 3b) in each combination of values that some
 * patient has, then the Wilson 95% interval of each subgroup's responders; and, on the same table
 * split by the same columns ({@code splitOn}), each subgroup's adjusted estimates pooled by REML
 * random effects ({@link RandomEffects}, as the cohort's {@code activity_effect_adjusted}).
 *
 * <p>Each column's values are coded before grouping, as whole numbers in {@link
 * SubgroupColumns#ORDER} (no value last): Tablesaw joins a group's values with {@code ~~~} and
 * reads some texts ({@code NA}, {@code null}) as missing, so no text from patients.csv can split or
 * merge a group, and the summary sorts in the order shown.
 */
public final class Subgroups {

  private static final String ENOUGH = "enough_data";
  private static final String IMPROVED = "improved";
  private static final String ESTIMATE = "adj_flagged_minus_low_impact";
  private static final String SE = "adj_se";

  private Subgroups() {}

  /**
   * Returns the subgroups of the analysed patients, in the order of their values (the first column
   * first).
   *
   * @param patients the analysed patients, each with its values in {@code by}
   * @param by the columns of {@code --by}
   * @param estimates each patient's {@code adj_flagged_minus_low_impact}, NaN for none
   * @param standardErrors its standard error, NaN for none
   */
  public static List<SubgroupFigures> of(
      List<CohortPatient> patients, List<String> by, double[] estimates, double[] standardErrors) {
    if (estimates.length != patients.size() || standardErrors.length != patients.size()) {
      throw new IllegalArgumentException("one adjusted estimate and error per patient expected");
    }
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
    DoubleColumn estimate = DoubleColumn.create(ESTIMATE);
    DoubleColumn se = DoubleColumn.create(SE);
    for (int i = 0; i < estimates.length; i++) {
      if (Double.isNaN(estimates[i]) != Double.isNaN(standardErrors[i])) {
        throw new IllegalArgumentException("patient " + i + ": an estimate needs its error");
      }
      // Tablesaw's missing double is NaN: a patient without a figure is a missing value.
      estimate.append(estimates[i]);
      se.append(standardErrors[i]);
    }
    table.addColumns(enough, improved, estimate, se);
    if (patients.isEmpty()) {
      return List.of();
    }
    Table summary =
        table
            .summarize(List.of(ENOUGH, IMPROVED), count, countTrue)
            .by(codes)
            .sortAscendingOn(codes);
    Table adjustedCounts = table.summarize(ESTIMATE, countNonMissing).by(codes);
    Map<List<Integer>, PooledEffect> pooled = pooled(table, codes);
    String patientsColumn = TableSliceGroup.aggregateColumnName(ENOUGH, count.functionName());
    String enoughColumn = TableSliceGroup.aggregateColumnName(ENOUGH, countTrue.functionName());
    String improvedColumn = TableSliceGroup.aggregateColumnName(IMPROVED, countTrue.functionName());
    String adjustedColumn =
        TableSliceGroup.aggregateColumnName(ESTIMATE, countNonMissing.functionName());
    Map<List<Integer>, Integer> adjusted = new HashMap<>();
    for (Row row : adjustedCounts) {
      adjusted.put(key(row, codes), whole(row.getDouble(adjustedColumn)));
    }
    List<SubgroupFigures> rows = new ArrayList<>(summary.rowCount());
    for (Row row : summary) {
      List<Integer> code = key(row, codes);
      List<String> key = new ArrayList<>(by.size());
      for (int c = 0; c < by.size(); c++) {
        key.add(values.get(c).get(code.get(c)));
      }
      rows.add(
          new SubgroupFigures(
              key,
              whole(row.getDouble(patientsColumn)),
              Wilson.interval(
                  whole(row.getDouble(improvedColumn)), whole(row.getDouble(enoughColumn))),
              adjusted.get(code),
              pooled.get(code)));
    }
    return rows;
  }

  /** Returns a row's codes, one per column of {@code --by}. */
  private static List<Integer> key(Row row, String[] codes) {
    List<Integer> key = new ArrayList<>(codes.length);
    for (String code : codes) {
      key.add(row.getInt(code));
    }
    return key;
  }

  /**
   * Returns each subgroup's adjusted estimates pooled by REML, by its codes: the table split on the
   * codes, the patients without an estimate left out of each part.
   */
  private static Map<List<Integer>, PooledEffect> pooled(Table table, String[] codes) {
    Map<List<Integer>, PooledEffect> pooled = new HashMap<>();
    for (Table part : table.splitOn(codes).asTableList()) {
      Table with = part.dropWhere(part.doubleColumn(ESTIMATE).isMissing());
      pooled.put(
          key(part.row(0), codes),
          RandomEffects.reml(
              with.doubleColumn(ESTIMATE).asDoubleArray(), with.doubleColumn(SE).asDoubleArray()));
    }
    return pooled;
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
