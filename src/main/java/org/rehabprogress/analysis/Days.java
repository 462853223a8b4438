package org.rehabprogress.analysis;

import java.util.List;
import java.util.stream.IntStream;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.SymptomLog;

/**
 * One patient's daily values over the epoch days {@code first .. end}, indexed by day offset: each
 * followed measure's entries summed exactly per day ({@link DayColumn}; the day's value is their
 * mean), whether the day has a self-reported entry (logged), its exposure (null on a day with no
 * entry of any kind), which classes of activity it had (the indicators of SPEC 3b, not exclusive),
 * its activity minutes per comparison class (as doubles for charts, and summed exactly) and its
 * flagged entries. Rows after {@code end} are ignored.
 */
final class Days {

  /** The measures kept per day, in the order of {@link #columns}. */
  static final Measure[] MEASURES = {
    Measure.PAIN,
    Measure.ANXIETY,
    Measure.GAD7,
    Measure.SLEEP_HOURS,
    Measure.LEG_PAIN,
    Measure.PEG,
    Measure.ODI,
    Measure.PGIC
  };

  static final int PAIN = 0;
  static final int ANXIETY = 1;
  static final int GAD7 = 2;
  static final int SLEEP_HOURS = 3;
  static final int LEG_PAIN = 4;
  static final int PEG = 5;
  static final int ODI = 6;
  static final int PGIC = 7;

  /** The bit of {@link #kinds} for a day with a FLAGGED entry (SPEC 3b's {@code F}). */
  static final byte FLAGGED = 1;

  /** The bit of {@link #kinds} for a day with a LOW_IMPACT entry ({@code L}). */
  static final byte LOW_IMPACT = 2;

  /** The bit of {@link #kinds} for a day with a NEUTRAL or UNCLASSIFIED entry ({@code O}). */
  static final byte OTHER = 4;

  /** The measures whose entries make a day logged (SPEC section 3). */
  private static final Measure[] SELF_REPORTED =
      Measure.ALL.stream().filter(Measure::selfReported).toArray(Measure[]::new);

  final int first;
  final int length;
  final DayColumn[] columns;
  final double[][] means;
  final boolean[] logged;
  final Exposure[] exposure;

  /**
   * Each day's activity classes as bits ({@link #FLAGGED}, {@link #LOW_IMPACT}, {@link #OTHER}).
   */
  final byte[] kinds;

  final DayColumn lowImpact;
  final DayColumn flagged;
  final DayColumn other;
  final double[] lowImpactMinutes;
  final double[] flaggedMinutes;
  final double[] neutralMinutes;
  final int[] flaggedEntries;

  private Days(int first, int end) {
    this.first = first;
    this.length = end - first + 1;
    this.columns = new DayColumn[MEASURES.length];
    this.means = new double[MEASURES.length][];
    for (int m = 0; m < MEASURES.length; m++) {
      columns[m] = new DayColumn(length);
      means[m] = columns[m].means;
    }
    this.logged = new boolean[length];
    this.exposure = new Exposure[length];
    this.kinds = new byte[length];
    this.lowImpact = new DayColumn(length);
    this.flagged = new DayColumn(length);
    this.other = new DayColumn(length);
    this.lowImpactMinutes = new double[length];
    this.flaggedMinutes = new double[length];
    this.neutralMinutes = new double[length];
    this.flaggedEntries = new int[length];
  }

  /**
   * Returns the daily values of a patient's rows over the epoch days {@code first .. end}; {@code
   * first} is on or before the patient's first entry.
   */
  static Days of(PatientLog log, int first, int end) {
    Days days = new Days(first, end);
    days.addSymptoms(log.symptoms(), log.code(), end);
    days.addActivities(log, end);
    for (DayColumn column : days.columns) {
      column.finish();
    }
    return days;
  }

  /** Returns the index of an epoch day (may be outside the arrays). */
  int index(int epochDay) {
    return epochDay - first;
  }

  private void addSymptoms(SymptomLog symptoms, int code, int end) {
    // Only the measures the file has a column for: the others have no value on any row.
    int[] present =
        IntStream.range(0, MEASURES.length).filter(m -> symptoms.has(MEASURES[m])).toArray();
    for (int row = symptoms.from(code), to = symptoms.to(code); row < to; row++) {
      int day = symptoms.day(row);
      if (day > end) {
        break;
      }
      int i = day - first;
      // A day with a symptom entry of any kind is a logged day for its exposure (REST when it has
      // no activity); only a self-reported value makes it a logged diary day.
      exposure[i] = Exposure.REST;
      for (int m : present) {
        double value = symptoms.value(MEASURES[m], row);
        if (!Double.isNaN(value)) {
          columns[m].add(i, value);
        }
      }
      if (!logged[i]) {
        for (Measure measure : SELF_REPORTED) {
          if (!Double.isNaN(symptoms.value(measure, row))) {
            logged[i] = true;
            break;
          }
        }
      }
    }
  }

  private void addActivities(PatientLog log, int end) {
    // Each name code's exposure and minutes column, looked up once rather than per row.
    List<ActivityClass> classes = log.classes();
    Exposure[] exposureOf = new Exposure[classes.size()];
    double[][] minutesOf = new double[classes.size()][];
    DayColumn[] exactOf = new DayColumn[classes.size()];
    byte[] kindOf = new byte[classes.size()];
    for (int code = 0; code < exposureOf.length; code++) {
      ActivityClass activityClass = classes.get(code).forComparison();
      exposureOf[code] = Exposure.of(activityClass);
      switch (activityClass) {
        case FLAGGED -> {
          minutesOf[code] = flaggedMinutes;
          exactOf[code] = flagged;
          kindOf[code] = FLAGGED;
        }
        case LOW_IMPACT -> {
          minutesOf[code] = lowImpactMinutes;
          exactOf[code] = lowImpact;
          kindOf[code] = LOW_IMPACT;
        }
        default -> {
          minutesOf[code] = neutralMinutes;
          exactOf[code] = other;
          kindOf[code] = OTHER;
        }
      }
    }
    ActivityLog activities = log.activities();
    for (int row = activities.from(log.code()), to = activities.to(log.code()); row < to; row++) {
      int day = activities.day(row);
      if (day > end) {
        break;
      }
      int i = day - first;
      int code = activities.activity(row);
      Exposure e = exposureOf[code];
      exposure[i] = exposure[i] == null ? e : exposure[i].and(e);
      kinds[i] |= kindOf[code];
      double minutes = activities.minutes(row);
      // An unknown duration is still an exposure (above) but adds no minutes (SPEC section 1).
      if (!Double.isNaN(minutes)) {
        minutesOf[code][i] += minutes;
        exactOf[code].add(i, minutes);
      }
      if (e == Exposure.FLAGGED) {
        flaggedEntries[i]++;
      }
    }
  }
}
