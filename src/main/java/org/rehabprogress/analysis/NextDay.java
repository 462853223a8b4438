package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.ActivityLog;

/**
 * Next-day pain: over the days {@code d} in {@code start .. end-1} whose next day has a daily pain
 * value, that value grouped by what was done on {@code d}. A day counts once per group however many
 * entries it has.
 */
final class NextDay {

  private NextDay() {}

  /**
   * Returns next-day pain per exposure, indexed by {@link Exposure#ordinal()}; a day with no entry
   * of any kind has no exposure and is in no group (SPEC section 3).
   */
  static List<NextDayPain> byExposure(Days days, int start, int end, boolean spread) {
    DayColumn pain = days.columns[Days.PAIN];
    int groups = Exposure.values().length;
    int first = days.index(start);
    int last = days.index(end);
    int[][] next = new int[groups][Math.max(0, last - first)];
    int[] counts = new int[groups];
    for (int i = first; i < last; i++) {
      Exposure e = days.exposure[i];
      if (e != null && pain.has(i + 1)) {
        int k = e.ordinal();
        next[k][counts[k]++] = i + 1;
      }
    }
    List<NextDayPain> result = new ArrayList<>(groups);
    for (int k = 0; k < groups; k++) {
      result.add(NextDayPain.of(pain, next[k], counts[k], spread));
    }
    return List.copyOf(result);
  }

  /**
   * Returns next-day pain per activity name for every name with an entry on a day in {@code start
   * .. end}, in the order of {@link NamedActivities}; a name whose days give no next-day pain has a
   * row with 0 days.
   */
  static List<ActivityComparison> byActivity(
      NamedActivities named, Days days, NextDayPain rest, boolean spread) {
    List<ActivityComparison> result = new ArrayList<>(named.size());
    for (int g = 0; g < named.size(); g++) {
      int[] qualifying = named.days(g);
      int[] next = new int[qualifying.length];
      for (int q = 0; q < qualifying.length; q++) {
        next[q] = days.index(qualifying[q]) + 1;
      }
      NextDayPain nextDay = NextDayPain.of(days.columns[Days.PAIN], next, next.length, spread);
      result.add(
          new ActivityComparison(
              named.name(g), named.activityClass(g), nextDay, nextDay.minus(rest)));
    }
    return List.copyOf(result);
  }

  /** Returns the days in {@code start .. end} with a flagged activity, in day order. */
  static List<FlaggedDay> flaggedDays(PatientLog log, Days days, int start, int end) {
    double[] pain = days.means[Days.PAIN];
    ActivityLog activities = log.activities();
    List<FlaggedDay> result = new ArrayList<>();
    String[] names = new String[4];
    int count = 0;
    int current = Integer.MIN_VALUE;
    for (int row = activities.from(log.code()), to = activities.to(log.code()); row < to; row++) {
      int day = activities.day(row);
      int code = activities.activity(row);
      if (day < start || day > end || log.classes().get(code) != ActivityClass.FLAGGED) {
        continue;
      }
      if (day != current) {
        if (count > 0) {
          result.add(flaggedDay(current, end, names, count, days, pain));
        }
        count = 0;
        current = day;
      }
      String name = activities.names().get(code).strip();
      if (!Arrays.asList(names).subList(0, count).contains(name)) {
        if (count == names.length) {
          names = Arrays.copyOf(names, count * 2);
        }
        names[count++] = name;
      }
    }
    if (count > 0) {
      result.add(flaggedDay(current, end, names, count, days, pain));
    }
    return List.copyOf(result);
  }

  private static FlaggedDay flaggedDay(
      int day, int end, String[] names, int count, Days days, double[] pain) {
    double next = day < end ? pain[days.index(day) + 1] : Double.NaN;
    // Most days have one flagged activity: List.of(e) allocates no array.
    List<String> list = count == 1 ? List.of(names[0]) : List.of(Arrays.copyOf(names, count));
    return new FlaggedDay(LocalDate.ofEpochDay(day), list, next);
  }
}
