package org.rehabprogress.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.cohort.ActivityGroups;
import org.rehabprogress.cohort.Admission;
import org.rehabprogress.cohort.CohortAnalysis;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.report.CsvCells;

/**
 * The driver's part of the cohort job: the figures across patients from the stage's per-patient
 * rows (by the CLI's code, over the same admissions), and the per-patient table written by Spark.
 */
final class CohortDriver {

  /** The columns of rejects.csv, as rehab validate --rejects writes them. */
  private static final org.apache.spark.sql.types.StructType REJECTS =
      new org.apache.spark.sql.types.StructType()
          .add("file", org.apache.spark.sql.types.DataTypes.StringType, false)
          .add("line", org.apache.spark.sql.types.DataTypes.LongType, true)
          .add("column", org.apache.spark.sql.types.DataTypes.StringType, true)
          .add("value", org.apache.spark.sql.types.DataTypes.StringType, true)
          .add("reason", org.apache.spark.sql.types.DataTypes.StringType, true);

  private CohortDriver() {}

  /**
   * Returns the cohort of the stage's rows.
   *
   * @param stage the rows of {@link CohortStage}
   * @param parameters the cohort's bounds and threshold
   * @param catalog the effective catalog
   */
  static CohortResult result(
      Dataset<Row> stage, CohortParameters parameters, ActivityCatalog catalog) {
    List<String> names = new ArrayList<>();
    for (Row r : stage.select(explode(col("names")).as("n")).distinct().collectAsList()) {
      names.add(r.getString(0));
    }
    names.sort(null);
    ActivityGroups groups = ActivityGroups.of(namesOnly(names), catalog);
    Map<String, Integer> groupOf = new HashMap<>();
    for (int code = 0; code < names.size(); code++) {
      groupOf.put(names.get(code), groups.indexOf(groups.log().names().get(code)));
    }
    List<Admission> admitted = new ArrayList<>();
    int[] unknownPatients = new int[groups.names().size()];
    Iterator<Row> rows =
        stage
            .filter(col("admission").isNotNull())
            .select("pid", "admission", "reason", "patient", "names")
            .orderBy("pid")
            .toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      admitted.add(CohortRows.admission(row, groupOf));
      Set<Integer> logged = new HashSet<>();
      for (Object name : row.getList(4)) {
        logged.add(groupOf.get((String) name));
      }
      for (int g : logged) {
        unknownPatients[g]++;
      }
    }
    Map<String, Integer> unclassified = new TreeMap<>();
    for (int g = 0; g < unknownPatients.length; g++) {
      if (groups.activityClass(g) == ActivityClass.UNCLASSIFIED && unknownPatients[g] > 0) {
        unclassified.put(groups.name(g), unknownPatients[g]);
      }
    }
    return CohortAnalysis.result(parameters, admitted, groups, unclassified);
  }

  /** Returns an activity log of no rows that knows the given names, to group them. */
  private static ActivityLog namesOnly(List<String> names) {
    return new ActivityLog(
        0,
        new int[0],
        new int[0],
        new int[0],
        new double[0],
        new int[0],
        null,
        names,
        List.of(),
        0);
  }

  /**
   * Writes per_patient.csv with Spark's CSV writer: the CLI's header and cells, patients in id
   * order, in one file.
   */
  static void writePerPatient(Dataset<Row> stage, OutputFolder out) throws java.io.IOException {
    List<Column> cells = new ArrayList<>();
    for (StructField f : CohortRows.cellFields()) {
      cells.add(col("cells." + f.name()).as(f.name()));
    }
    Dataset<Row> table =
        stage
            .filter(col("admission").equalTo(CohortRows.ANALYSED))
            .orderBy("pid")
            .select(cells.toArray(Column[]::new));
    Csv.write(table.coalesce(1), out.path("per_patient.csv.parts"));
    out.single("per_patient.csv.parts", "per_patient.csv");
  }

  /** Writes rejects.csv: every rejected row in file order, as rehab validate --rejects does. */
  static void writeRejects(Dataset<Row> stage, OutputFolder out) throws java.io.IOException {
    Dataset<Row> rejects =
        Ledgers.rejects(stage)
            .select(col("file"), col("line"), col("column"), col("value"), col("reason"));
    Dataset<Row> safe =
        rejects.map(
            (org.apache.spark.api.java.function.MapFunction<Row, Row>)
                r ->
                    org.apache.spark.sql.RowFactory.create(
                        CsvCells.text(r.getString(0)),
                        r.isNullAt(1) ? null : r.getLong(1),
                        empty(CsvCells.text(r.getString(2))),
                        empty(CsvCells.text(r.getString(3))),
                        empty(CsvCells.text(r.getString(4)))),
            org.apache.spark.sql.Encoders.row(REJECTS));
    Csv.write(safe.coalesce(1), out.path("rejects.csv.parts"));
    out.single("rejects.csv.parts", "rejects.csv");
  }

  private static String empty(String cell) {
    return cell.isEmpty() ? null : cell;
  }
}
