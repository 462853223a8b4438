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
   * .. end}, in order of the names' matching keys; spellings that differ only in case, punctuation
   * or spacing are one name, shown by the first of them in text order. A name whose days give no
   * next-day pain has a row with 0 days.
   */
  static List<ActivityComparison> byActivity(
      PatientLog log, Days days, int start, int end, NextDayPain rest, boolean spread) {
    CodeDays perCode = CodeDays.of(log, days, start, end);
    // Group the codes by the catalog's matching key (case, punctuation and spacing ignored), so
    // that "Tai Chi" and "tai-chi" are one activity; a stable sort keeps equal keys in code order.
    int[] ranks = log.activities().keyRanks();
    int n = perCode.size;
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      int rank = ranks[perCode.codes[k]];
      int i = k;
      while (i > 0 && ranks[perCode.codes[order[i - 1]]] > rank) {
        order[i] = order[i - 1];
        i--;
      }
      order[i] = k;
    }
    List<ActivityComparison> result = new ArrayList<>(n);
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && ranks[perCode.codes[order[j]]] == ranks[perCode.codes[order[i]]]) {
        j++;
      }
      result.add(comparison(log, days, perCode, order, i, j, rest, spread));
      i = j;
    }
    return List.copyOf(result);
  }

  /** Returns the comparison of the codes in slots {@code order[from .. to)}, which share a key. */
  private static ActivityComparison comparison(
      PatientLog log,
      Days days,
      CodeDays perCode,
      int[] order,
      int from,
      int to,
      NextDayPain rest,
      boolean spread) {
    List<String> names = log.activities().names();
    int k = order[from];
    int[] qualifying = perCode.days(k);
    String shown = names.get(perCode.codes[k]).strip();
    for (int j = from + 1; j < to; j++) {
      qualifying = union(qualifying, perCode.days(order[j]));
      String name = names.get(perCode.codes[order[j]]).strip();
      if (name.compareTo(shown) < 0) {
        shown = name;
      }
    }
    int[] next = new int[qualifying.length];
    for (int q = 0; q < qualifying.length; q++) {
      next[q] = days.index(qualifying[q]) + 1;
    }
    NextDayPain nextDay = NextDayPain.of(days.columns[Days.PAIN], next, next.length, spread);
    return new ActivityComparison(
        shown, log.classes().get(perCode.codes[k]), nextDay, nextDay.minus(rest));
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

  /** Returns the sorted union of two sorted sets of days. */
  private static int[] union(int[] a, int[] b) {
    int[] all = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int next;
      if (j == b.length || (i < a.length && a[i] <= b[j])) {
        next = a[i++];
      } else {
        next = b[j++];
      }
      if (n == 0 || all[n - 1] != next) {
        all[n++] = next;
      }
    }
    return Arrays.copyOf(all, n);
  }

  /**
   * Qualifying days per activity name code, in slots numbered in first-seen order; an open
   * addressing table finds a code's slot without boxing.
   */
  private static final class CodeDays {

    /**
     * Returns the days in {@code start .. end-1} with each activity code that have a next-day pain,
     * in day order; every code with an entry in {@code start .. end} has a slot.
     */
    static CodeDays of(PatientLog log, Days days, int start, int end) {
      DayColumn pain = days.columns[Days.PAIN];
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
        if (day < end && pain.has(days.index(day) + 1)) {
          perCode.addDay(k, day);
        }
      }
      return perCode;
    }

    int size;
    int[] codes = new int[8];
    int[][] days = new int[8][];
    int[] counts = new int[8];
    private int[] table = new int[16]; // slot + 1 per bucket, 0 when empty

    int slot(int code) {
      int mask = table.length - 1;
      for (int h = bucket(code, mask); ; h = (h + 1) & mask) {
        int t = table[h];
        if (t == 0) {
          return add(code, h);
        }
        if (codes[t - 1] == code) {
          return t - 1;
        }
      }
    }

    private static int bucket(int code, int mask) {
      int h = code * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }

    private int add(int code, int bucket) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        days = Arrays.copyOf(days, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      codes[size] = code;
      days[size] = new int[16];
      table[bucket] = size + 1;
      int slot = size++;
      if (size * 2 > table.length) {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int k = 0; k < size; k++) {
          int h = bucket(codes[k], mask);
          while (table[h] != 0) {
            h = (h + 1) & mask;
          }
          table[h] = k + 1;
        }
      }
      return slot;
    }

    int[] days(int k) {
      return Arrays.copyOf(days[k], counts[k]);
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
