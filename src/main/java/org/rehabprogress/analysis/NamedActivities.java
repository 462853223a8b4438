package org.rehabprogress.analysis;

import java.util.Arrays;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogMatches;
import org.rehabprogress.ingest.ActivityLog;

/**
 * The activities of one patient's days in {@code start .. end}, as the per-activity figures compare
 * them: names are matched as in SPEC section 2 ({@link org.rehabprogress.catalog.CatalogMatches}),
 * so a name the catalog knows, directly or through an alias, is its catalog activity and shown by
 * the catalog's name (a Fitbit {@code Walk} and a diary {@code walking} are one {@code Walking}),
 * and names the catalog does not know that differ only in case, punctuation or spacing are one
 * activity shown by the first of their spellings in text order. Each activity is classed by the
 * first of its names in the log, and the activities come in the order of their matching keys. For
 * each activity, the days {@code d} in {@code start .. end-1} with any of its names whose next day
 * has a daily pain value, each day once. The unadjusted per-activity comparison and the
 * per-activity model of SPEC 3b use the same activities, so their rows line up.
 */
final class NamedActivities {

  private final String[] names;
  private final ActivityClass[] classes;
  private final int[][] days;

  private NamedActivities(String[] names, ActivityClass[] classes, int[][] days) {
    this.names = names;
    this.classes = classes;
    this.days = days;
  }

  /** Returns the names of a patient's activity entries on the days {@code start .. end}. */
  static NamedActivities of(PatientLog log, Days days, int start, int end) {
    CodeDays perCode = CodeDays.of(log, days, start, end);
    // Group the codes by activity as the catalog matches them, so that "Walk" and "walking" are
    // one Walking and "Tai Chi" and "tai-chi" one activity; a stable sort keeps equal ranks in
    // code order.
    CatalogMatches matches = log.matches();
    int n = perCode.size;
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      int rank = matches.rank(perCode.codes[k]);
      int i = k;
      while (i > 0 && matches.rank(perCode.codes[order[i - 1]]) > rank) {
        order[i] = order[i - 1];
        i--;
      }
      order[i] = k;
    }
    java.util.List<String> written = log.activities().names();
    String[] names = new String[n];
    ActivityClass[] classes = new ActivityClass[n];
    int[][] qualifying = new int[n][];
    int groups = 0;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n
          && matches.rank(perCode.codes[order[j]]) == matches.rank(perCode.codes[order[i]])) {
        j++;
      }
      int k = order[i];
      int[] q = perCode.days(k);
      String shown = written.get(perCode.codes[k]).strip();
      for (int m = i + 1; m < j; m++) {
        q = union(q, perCode.days(order[m]));
        String name = written.get(perCode.codes[order[m]]).strip();
        if (name.compareTo(shown) < 0) {
          shown = name;
        }
      }
      String catalogActivity = matches.catalogActivity(perCode.codes[k]);
      if (catalogActivity != null) {
        shown = catalogActivity;
      }
      names[groups] = shown;
      classes[groups] = log.classes().get(perCode.codes[k]);
      qualifying[groups++] = q;
      i = j;
    }
    return new NamedActivities(
        Arrays.copyOf(names, groups),
        Arrays.copyOf(classes, groups),
        Arrays.copyOf(qualifying, groups));
  }

  /** Returns the number of names. */
  int size() {
    return names.length;
  }

  /** Returns name {@code g} as shown. */
  String name(int g) {
    return names[g];
  }

  /** Returns name {@code g}'s catalog class (UNCLASSIFIED when the catalog does not know it). */
  ActivityClass activityClass(int g) {
    return classes[g];
  }

  /**
   * Returns the epoch days {@code d} in {@code start .. end-1} with name {@code g} whose next day
   * has a daily pain value, ascending; shared, do not modify.
   */
  int[] days(int g) {
    return days[g];
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
  static final class CodeDays {

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
