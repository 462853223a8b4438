package org.rehabprogress.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.cohort.ActivityGroups;
import org.rehabprogress.cohort.AdjustedFigures;
import org.rehabprogress.cohort.Admission;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.Excluded;
import org.rehabprogress.cohort.NotAnalysed;
import org.rehabprogress.report.SummaryCsv;
import org.rehabprogress.stats.Ratio;

/**
 * The cohort stage's row for one patient, and back: what the cohort made of the patient, its
 * figures at full precision (to the driver, for the statistics across patients) and its
 * per_patient.csv cells as the CLI prints them (for Spark to write). An analysed patient's
 * activities are named by one spelling each as written, so that the driver can place them in the
 * activity groups of the whole input.
 */
final class CohortRows {

  static final String ANALYSED = "analysed";
  static final String NOT_ANALYSED = "not_analysed";
  static final String EXCLUDED = "excluded";

  /** The analysed patient's figures. */
  static final StructType PATIENT =
      new StructType()
          .add("site", DataTypes.StringType, true)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("status", DataTypes.StringType, false)
          .add("review", DataTypes.BooleanType, false)
          .add("persistent", DataTypes.BooleanType, false)
          .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add("figures", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add("weekly_pain", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add("activities", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("differences", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          // The exact figures as num/den text, so that the driver decides zeros and ties exactly.
          .add("effect_exact", DataTypes.StringType, true)
          .add("differences_exact", DataTypes.createArrayType(DataTypes.StringType, false), false)
          // SPEC 3b: the choice check exactly, and the per-activity coefficients by spelling.
          .add("choice_exact", DataTypes.StringType, true)
          .add("adjusted_activities", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("adjusted", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

  /** The stage's output: the shared columns, then the cohort's. */
  static final StructType SCHEMA;

  static {
    StructType s = StageRows.SCHEMA;
    s = s.add("names", DataTypes.createArrayType(DataTypes.StringType, false), false);
    s = s.add("admission", DataTypes.StringType, true);
    s = s.add("reason", DataTypes.StringType, true);
    s = s.add("patient", PATIENT, true);
    StructType cells = new StructType();
    for (String column : SummaryCsv.HEADER) {
      cells = cells.add(column, DataTypes.StringType, true);
    }
    s = s.add("cells", cells, true);
    SCHEMA = s;
  }

  private CohortRows() {}

  /** Returns the cohort columns of a patient's row: admission, reason, figures, cells. */
  static Object[] admission(Admission a, ActivityGroups groups, List<String> writtenNames) {
    if (a instanceof NotAnalysed n) {
      return new Object[] {NOT_ANALYSED, n.reason().name(), null, null};
    }
    if (a instanceof Excluded e) {
      return new Object[] {EXCLUDED, e.reason().name(), null, null};
    }
    CohortPatient p = (CohortPatient) a;
    PatientSummary s = p.summary();
    String[] activities = new String[p.activityGroups().length];
    for (int i = 0; i < activities.length; i++) {
      activities[i] = spelling(groups, writtenNames, p.activityGroups()[i]);
    }
    AdjustedFigures adj = p.adjusted();
    String[] adjustedActivities = new String[adj.activityGroups().length];
    // The class contrast's error, then each activity's coefficient and error.
    double[] adjusted = new double[1 + 2 * adjustedActivities.length];
    adjusted[0] = adj.se();
    for (int i = 0; i < adjustedActivities.length; i++) {
      adjustedActivities[i] = spelling(groups, writtenNames, adj.activityGroups()[i]);
      adjusted[1 + 2 * i] = adj.estimates()[i];
      adjusted[2 + 2 * i] = adj.standardErrors()[i];
    }
    Row patient =
        RowFactory.create(
            p.site(),
            Math.toIntExact(p.start().toEpochDay()),
            Math.toIntExact(p.end().toEpochDay()),
            s.status().name(),
            s.reviewFlag(),
            s.persistentPainFlag(),
            new int[] {s.weeksInTreatment(), s.flaggedEntries(), s.daysLogged(), s.adjDayPairs()},
            new double[] {
              s.painBaseline(),
              s.painCurrent(),
              s.painChange(),
              s.painChangePct(),
              s.anxietyBaseline(),
              s.anxietyCurrent(),
              s.gad7Baseline(),
              s.gad7Current(),
              s.sleepHoursBaseline(),
              s.sleepHoursCurrent(),
              s.nextDayPainAfterLowImpact(),
              s.nextDayPainAfterFlagged(),
              s.flaggedMinusLowImpact(),
              s.painTrendPerWeek(),
              s.lowImpactMinPerWeek(),
              s.completenessPct(),
              s.adjFlaggedMinusLowImpact(),
              s.adjCiLow(),
              s.adjCiHigh(),
              s.flaggedDayPainMinusOther()
            },
            p.weeklyPain(),
            activities,
            p.differencesVsRest(),
            p.effectExact() == null ? null : p.effectExact().toString(),
            Arrays.stream(p.differencesExact()).map(Ratio::toString).toArray(String[]::new),
            adj.choiceExact() == null ? null : adj.choiceExact().toString(),
            adjustedActivities,
            adjusted);
    List<String> cells = SummaryCsv.cells(s);
    return new Object[] {
      ANALYSED,
      null,
      patient,
      RowFactory.create(cells.stream().map(c -> c.isEmpty() ? null : c).toArray())
    };
  }

  /** Returns one name as written of a patient's activity group. */
  private static String spelling(ActivityGroups groups, List<String> writtenNames, int group) {
    List<String> groupOfCode = groups.log().names();
    for (int code = 0; code < writtenNames.size(); code++) {
      if (groups.indexOf(groupOfCode.get(code)) == group) {
        return writtenNames.get(code);
      }
    }
    throw new IllegalArgumentException("no name of group " + group);
  }

  /**
   * Returns an admission from a stage row, its activities placed in the input's groups.
   *
   * @param row a stage row with an admission
   * @param groupOf the input's group of each name as written
   */
  static Admission admission(Row row, java.util.Map<String, Integer> groupOf) {
    String id = row.getString(row.fieldIndex("pid"));
    String kind = row.getString(row.fieldIndex("admission"));
    String reason = row.getString(row.fieldIndex("reason"));
    if (kind.equals(NOT_ANALYSED)) {
      return new NotAnalysed(id, NotAnalysed.Reason.valueOf(reason));
    }
    if (kind.equals(EXCLUDED)) {
      return new Excluded(id, Excluded.Reason.valueOf(reason));
    }
    Row p = row.getStruct(row.fieldIndex("patient"));
    List<Integer> counts = p.getList(6);
    double[] f = doubles(p.getList(7));
    PatientSummary summary =
        new PatientSummary(
            id,
            Status.valueOf(p.getString(3)),
            p.getBoolean(4),
            p.getBoolean(5),
            counts.get(0),
            f[0],
            f[1],
            f[2],
            f[3],
            f[4],
            f[5],
            f[6],
            f[7],
            f[8],
            f[9],
            f[10],
            f[11],
            f[12],
            f[13],
            f[14],
            counts.get(1),
            counts.get(2),
            f[15],
            f[16],
            f[17],
            f[18],
            counts.get(3),
            f[19]);
    List<String> activities = p.getList(9);
    double[] differences = doubles(p.getList(10));
    Ratio effectExact = p.isNullAt(11) ? null : Ratio.parse(p.getString(11));
    List<String> exactTexts = p.getList(12);
    // The CLI lists a patient's activities in group order.
    List<int[]> order = new ArrayList<>();
    for (int i = 0; i < activities.size(); i++) {
      order.add(new int[] {groupOf.get(activities.get(i)), i});
    }
    order.sort((a, b) -> Integer.compare(a[0], b[0]));
    int[] groups = new int[order.size()];
    double[] sorted = new double[order.size()];
    Ratio[] sortedExact = new Ratio[order.size()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = order.get(i)[0];
      sorted[i] = differences[order.get(i)[1]];
      sortedExact[i] = Ratio.parse(exactTexts.get(order.get(i)[1]));
    }
    return new CohortPatient(
        summary,
        p.isNullAt(0) ? null : p.getString(0),
        LocalDate.ofEpochDay(p.getInt(1)),
        LocalDate.ofEpochDay(p.getInt(2)),
        doubles(p.getList(8)),
        groups,
        sorted,
        effectExact,
        sortedExact,
        adjusted(p, summary, groupOf));
  }

  /**
   * Returns the adjusted figures of a patient's struct, activities placed in the input's groups.
   */
  private static AdjustedFigures adjusted(
      Row p, PatientSummary summary, java.util.Map<String, Integer> groupOf) {
    List<String> activities = p.getList(14);
    double[] figures = doubles(p.getList(15));
    Integer[] order = new Integer[activities.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> Integer.compare(groupOf.get(activities.get(a)), groupOf.get(activities.get(b))));
    int[] groups = new int[order.length];
    double[] estimates = new double[order.length];
    double[] errors = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      groups[i] = groupOf.get(activities.get(order[i]));
      estimates[i] = figures[1 + 2 * order[i]];
      errors[i] = figures[2 + 2 * order[i]];
    }
    return new AdjustedFigures(
        summary.adjFlaggedMinusLowImpact(),
        figures[0],
        p.isNullAt(13) ? null : Ratio.parse(p.getString(13)),
        groups,
        estimates,
        errors);
  }

  private static double[] doubles(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** Returns the per_patient.csv columns of the stage's output, for Spark's CSV writer. */
  static List<StructField> cellFields() {
    return List.of(((StructType) SCHEMA.apply("cells").dataType()).fields());
  }
}
