package org.rehabprogress.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogMatches;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.DoseUnit;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.ingest.PatientInfo;
import org.rehabprogress.ingest.SymptomLog;

/**
 * Builds one patient's {@link PatientLog} from rows like {@code pain("2026-09-01", 6)}. The patient
 * sits at code 1 between two decoy patients (codes 0 and 2) who log pain 10, anxiety 10, GAD-7 21,
 * 24 hours' sleep and 999 flagged minutes on every day the patient logs anything, so every test
 * also checks that the analysis reads only its patient's rows.
 */
public final class LogBuilder {

  /** The patient's id. */
  public static final String ID = "P1";

  private static final int CODE = 1;

  private record SymptomRow(int patient, int day, double[] values) {}

  private record ActivityRow(int patient, int day, int activity, double minutes) {}

  private final List<SymptomRow> symptoms = new ArrayList<>();
  private final List<ActivityRow> activities = new ArrayList<>();
  private final Map<String, ActivityClass> classes = new LinkedHashMap<>();
  private final List<Medication> medications = new ArrayList<>();
  private final String id;
  private LocalDate treatmentStart;
  // Empty by default: names are then one activity only when their matching keys are equal, and
  // each test says the classes it means.
  private ActivityCatalog catalog = ActivityCatalog.of(List.of());

  /** Starts an empty log of patient {@link #ID}. */
  public LogBuilder() {
    this(ID);
  }

  /** Starts an empty log of a patient. */
  public LogBuilder(String id) {
    this.id = id;
    classes.put("decoy", ActivityClass.FLAGGED);
  }

  /** Returns the epoch day of an ISO date. */
  public static int day(String date) {
    return Math.toIntExact(LocalDate.parse(date).toEpochDay());
  }

  /**
   * Matches the activity names with a catalog, as the report does (SPEC section 2: {@code Walk} and
   * {@code Walking} are one activity); the classes stay those the rows give.
   */
  public LogBuilder matchedBy(ActivityCatalog activityCatalog) {
    catalog = activityCatalog;
    return this;
  }

  /** Sets patients.csv's treatment_start. */
  public LogBuilder treatmentStart(String date) {
    treatmentStart = LocalDate.parse(date);
    return this;
  }

  /** Adds a symptom row with only a pain value. */
  public LogBuilder pain(String date, double pain) {
    return symptom(date, Measure.PAIN, pain);
  }

  /** Adds one pain row per value on consecutive days from {@code from}. */
  public LogBuilder painDays(String from, double... values) {
    LocalDate first = LocalDate.parse(from);
    for (int i = 0; i < values.length; i++) {
      pain(first.plusDays(i).toString(), values[i]);
    }
    return this;
  }

  /** Adds a symptom row with one measure. */
  public LogBuilder symptom(String date, Measure measure, double value) {
    double[] values = new double[Measure.ALL.size()];
    Arrays.fill(values, Double.NaN);
    values[measure.ordinal()] = value;
    symptoms.add(new SymptomRow(CODE, day(date), values));
    return this;
  }

  /** Adds one row per value of a measure on consecutive days from {@code from}. */
  public LogBuilder days(Measure measure, String from, double... values) {
    LocalDate first = LocalDate.parse(from);
    for (int i = 0; i < values.length; i++) {
      symptom(first.plusDays(i).toString(), measure, values[i]);
    }
    return this;
  }

  /**
   * Adds a medications.csv row; {@code end} null is ongoing, {@code unit} {@code mg} or {@code
   * mcg/h}, the dose a decimal as written.
   */
  public LogBuilder medication(
      String start, String end, String drug, String dailyDose, String unit) {
    medications.add(
        new Medication(
            id,
            LocalDate.parse(start),
            end == null ? null : LocalDate.parse(end),
            drug,
            new BigDecimal(dailyDose),
            DoseUnit.of(unit),
            medications.size() + 2L));
    return this;
  }

  /** Adds an activity entry; {@code minutes} NaN is an unknown duration. */
  public LogBuilder activity(
      String date, String name, ActivityClass activityClass, double minutes) {
    ActivityClass before = classes.putIfAbsent(name, activityClass);
    if (before != null && before != activityClass) {
      throw new IllegalArgumentException(name + " is already " + before);
    }
    int code = new ArrayList<>(classes.keySet()).indexOf(name);
    activities.add(new ActivityRow(CODE, day(date), code, minutes));
    return this;
  }

  /** Returns the patient's log in columns shared with the decoys. */
  public PatientLog build() {
    List<SymptomRow> allSymptoms = new ArrayList<>(symptoms);
    List<ActivityRow> allActivities = new ArrayList<>(activities);
    // The decoys log every measure at its maximum, so that a leak from them shows.
    double[] highest = new double[Measure.ALL.size()];
    for (Measure m : Measure.ALL) {
      highest[m.ordinal()] = m.max();
    }
    for (int day : loggedDays()) {
      for (int decoy : new int[] {0, 2}) {
        allSymptoms.add(new SymptomRow(decoy, day, highest.clone()));
        allActivities.add(new ActivityRow(decoy, day, 0, 999));
      }
    }
    // A stable sort keeps input order within a patient and day, as ingest does.
    allSymptoms.sort(
        Comparator.comparingInt(SymptomRow::patient).thenComparingInt(SymptomRow::day));
    allActivities.sort(
        Comparator.comparingInt(ActivityRow::patient).thenComparingInt(ActivityRow::day));
    int n = allSymptoms.size();
    int[] patient = new int[n];
    int[] days = new int[n];
    double[][] values = new double[Measure.ALL.size()][n];
    for (int r = 0; r < n; r++) {
      SymptomRow row = allSymptoms.get(r);
      patient[r] = row.patient();
      days[r] = row.day();
      for (int m = 0; m < values.length; m++) {
        values[m][r] = row.values()[m];
      }
    }
    int k = allActivities.size();
    int[] aPatient = new int[k];
    int[] aDay = new int[k];
    int[] aCode = new int[k];
    double[] minutes = new double[k];
    for (int r = 0; r < k; r++) {
      ActivityRow row = allActivities.get(r);
      aPatient[r] = row.patient();
      aDay[r] = row.day();
      aCode[r] = row.activity();
      minutes[r] = row.minutes();
    }
    List<String> names = new ArrayList<>(classes.keySet());
    ActivityLog activityLog =
        new ActivityLog(
            aPatient.length,
            aPatient,
            aDay,
            aCode,
            minutes,
            new int[k],
            null,
            names,
            List.of("light"),
            3);
    PatientInfo info =
        treatmentStart == null ? null : new PatientInfo(id, treatmentStart, null, null, null, null);
    return new PatientLog(
        CODE,
        id,
        info,
        new SymptomLog(patient.length, patient, days, values, null, 3),
        activityLog,
        new ArrayList<>(classes.values()),
        CatalogMatches.of(names, catalog),
        List.of(),
        medications.stream()
            .sorted(Comparator.comparing(Medication::start).thenComparingLong(Medication::line))
            .toList());
  }

  /** Analyses the patient for the month {@code monthStart .. end}. */
  public PatientResult analyse(String monthStart, String end) {
    return PatientAnalysis.analyse(build(), LocalDate.parse(monthStart), LocalDate.parse(end));
  }

  /** Analyses the patient for September 2026. */
  public PatientResult september() {
    return analyse("2026-09-01", "2026-09-30");
  }

  private int[] loggedDays() {
    return IntStream.concat(
            symptoms.stream().mapToInt(SymptomRow::day),
            activities.stream().mapToInt(ActivityRow::day))
        .distinct()
        .toArray();
  }
}
