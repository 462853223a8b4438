package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.ActivityLog;

/**
 * Next-day pain: over the days {@code d} in {@code start .. end-1} whose next day has a daily pain
 * value, that value grouped by what was done on {@code d}. A day counts once per group however many
 * entries it has.
 */
final class NextDay {

  private NextDay() {}

  /** Returns next-day pain per exposure, indexed by {@link Exposure#ordinal()}. */
  static List<NextDayPain> byExposure(Days days, int start, int end) {
    double[] pain = days.means[Days.PAIN];
    int[] counts = new int[Exposure.values().length];
    for (int i = days.index(start), last = days.index(end); i < last; i++) {
      if (!Double.isNaN(pain[i + 1])) {
        counts[days.exposure[i].ordinal()]++;
      }
    }
    double[][] values = new double[counts.length][];
    for (int k = 0; k < counts.length; k++) {
      values[k] = new double[counts[k]];
      counts[k] = 0;
    }
    for (int i = days.index(start), last = days.index(end); i < last; i++) {
      if (!Double.isNaN(pain[i + 1])) {
        int k = days.exposure[i].ordinal();
        values[k][counts[k]++] = pain[i + 1];
      }
    }
    List<NextDayPain> result = new ArrayList<>(counts.length);
    for (double[] v : values) {
      result.add(NextDayPain.of(v));
    }
    return List.copyOf(result);
  }

  /**
   * Returns next-day pain per activity name (as written, surrounding space removed) for every name
   * with an entry on a day in {@code start .. end}, in name order; a name whose days give no
   * next-day pain has a row with 0 days.
   */
  static List<ActivityComparison> byActivity(
      PatientLog log, Days days, int start, int end, double restMean) {
    double[] pain = days.means[Days.PAIN];
    ActivityLog activities = log.activities();
    CodeDays perCode = new CodeDays();
    for (int row = activities.from(log.code()), to = activities.to(log.code()); row < to; row++) {
      int day = activities.day(row);
      if (day < start) {
        continue;
      }
      if (day > end) {
        break;
      }
      int k = perCode.slot(activities.activity(row));
      if (day < end && !Double.isNaN(pain[days.index(day) + 1])) {
        perCode.addDay(k, day);
      }
    }
    Map<String, int[]> daysByName = new TreeMap<>();
    Map<String, ActivityClass> classByName = new TreeMap<>();
    for (int k = 0; k < perCode.size; k++) {
      String name = activities.names().get(perCode.codes[k]).strip();
      int[] codeDays = Arrays.copyOf(perCode.days[k], perCode.counts[k]);
      daysByName.merge(name, codeDays, NextDay::union);
      classByName.putIfAbsent(name, log.classes().get(perCode.codes[k]));
    }
    List<ActivityComparison> result = new ArrayList<>(daysByName.size());
    for (Map.Entry<String, int[]> e : daysByName.entrySet()) {
      int[] qualifying = e.getValue();
      double[] values = new double[qualifying.length];
      for (int j = 0; j < qualifying.length; j++) {
        values[j] = pain[days.index(qualifying[j]) + 1];
      }
      NextDayPain nextDay = NextDayPain.of(values);
      result.add(
          new ActivityComparison(
              e.getKey(), classByName.get(e.getKey()), nextDay, nextDay.mean() - restMean));
    }
    return List.copyOf(result);
  }

  /** Returns the days in {@code start .. end} with a flagged activity, in day order. */
  static List<FlaggedDay> flaggedDays(PatientLog log, Days days, int start, int end) {
    double[] pain = days.means[Days.PAIN];
    ActivityLog activities = log.activities();
    List<FlaggedDay> result = new ArrayList<>();
    List<String> names = null;
    int current = Integer.MIN_VALUE;
    for (int row = activities.from(log.code()), to = activities.to(log.code()); row < to; row++) {
      int day = activities.day(row);
      int code = activities.activity(row);
      if (day < start || day > end || log.classes().get(code) != ActivityClass.FLAGGED) {
        continue;
      }
      if (day != current) {
        if (names != null) {
          result.add(flaggedDay(days, current, end, names, pain));
        }
        names = new ArrayList<>(2);
        current = day;
      }
      String name = activities.names().get(code).strip();
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    if (names != null) {
      result.add(flaggedDay(days, current, end, names, pain));
    }
    return List.copyOf(result);
  }

  private static FlaggedDay flaggedDay(
      Days days, int day, int end, List<String> names, double[] pain) {
    double next = day < end ? pain[days.index(day) + 1] : Double.NaN;
    return new FlaggedDay(LocalDate.ofEpochDay(day), names, next);
  }

  /** Returns the sorted union of two sorted sets of days. */
  private static int[] union(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  /** Qualifying days per activity name code; a patient does a few activities, so slots are few. */
  private static final class CodeDays {
    int size;
    int[] codes = new int[8];
    int[][] days = new int[8][];
    int[] counts = new int[8];

    int slot(int code) {
      for (int k = 0; k < size; k++) {
        if (codes[k] == code) {
          return k;
        }
      }
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        days = Arrays.copyOf(days, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      codes[size] = code;
      days[size] = new int[16];
      return size++;
    }

    void addDay(int k, int day) {
      int n = counts[k];
      if (n > 0 && days[k][n - 1] == day) {
        return;
      }
      if (n == days[k].length) {
        days[k] = Arrays.copyOf(days[k], n * 2);
      }
      days[k][n] = day;
      counts[k] = n + 1;
    }
  }
}
