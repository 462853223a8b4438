package org.rehabprogress.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rehabprogress.stats.ActivityModel;
import org.rehabprogress.stats.ClassModel;
import org.rehabprogress.stats.NextDayModel;
import org.rehabprogress.stats.Ratio;

/**
 * The adjusted next-day comparison of SPEC 3b over one patient's days: builds the day pairs, fits
 * the class and per-activity models ({@link NextDayModel}) and computes the choice check exactly.
 */
final class AdjustedAnalysis {

  private AdjustedAnalysis() {}

  /**
   * Returns the adjusted comparison over the days {@code d} in {@code start .. end-1} with a daily
   * pain value on {@code d} and {@code d + 1}.
   *
   * @param patientId the patient
   * @param days the patient's daily values
   * @param start the start, an epoch day
   * @param end the end day, an epoch day
   * @param named the patient's activity names on the days {@code start .. end}
   */
  static AdjustedComparison of(
      String patientId, Days days, int start, int end, NamedActivities named) {
    DayColumn pain = days.columns[Days.PAIN];
    int first = days.index(start);
    int last = days.index(end);
    int[] index = new int[Math.max(0, last - first)];
    int n = 0;
    for (int i = first; i < last; i++) {
      if (pain.has(i) && pain.has(i + 1)) {
        index[n++] = i;
      }
    }
    DayPairs pairs = pairs(patientId, days, start, first, Arrays.copyOf(index, n));
    ClassModel byClass =
        NextDayModel.byClass(
            pairs.nextDayPain(), pairs.pain(), pairs.flagged(), pairs.lowImpact(), pairs.other());
    return new AdjustedComparison(
        pairs, byClass, byActivity(days, first, pairs, named), choice(pain, pairs, first));
  }

  private static DayPairs pairs(String patientId, Days days, int start, int first, int[] index) {
    int n = index.length;
    int[] day = new int[n];
    double[] p = new double[n];
    double[] y = new double[n];
    boolean[] flagged = new boolean[n];
    boolean[] lowImpact = new boolean[n];
    boolean[] other = new boolean[n];
    double[] lowImpactMinutes = new double[n];
    double[] flaggedMinutes = new double[n];
    double[] otherMinutes = new double[n];
    double[] means = days.means[Days.PAIN];
    for (int k = 0; k < n; k++) {
      int i = index[k];
      day[k] = i - first;
      p[k] = means[i];
      y[k] = means[i + 1];
      byte kinds = days.kinds[i];
      flagged[k] = (kinds & Days.FLAGGED) != 0;
      lowImpact[k] = (kinds & Days.LOW_IMPACT) != 0;
      other[k] = (kinds & Days.OTHER) != 0;
      if (kinds != 0) {
        lowImpactMinutes[k] = days.lowImpact.sumToDouble(i);
        flaggedMinutes[k] = days.flagged.sumToDouble(i);
        otherMinutes[k] = days.other.sumToDouble(i);
      }
    }
    return new DayPairs(
        patientId,
        java.time.LocalDate.ofEpochDay(start),
        day,
        p,
        y,
        flagged,
        lowImpact,
        other,
        lowImpactMinutes,
        flaggedMinutes,
        otherMinutes);
  }

  /**
   * Returns the per-activity model's rows: every name done on a pair's day, with an indicator when
   * done on at least 5 of them.
   */
  private static List<AdjustedActivity> byActivity(
      Days days, int first, DayPairs pairs, NamedActivities named) {
    int n = pairs.size();
    if (named.size() == 0 || n == 0) {
      return List.of();
    }
    // The pair of each day offset from start, -1 for a day that is not a pair's day.
    int span = pairs.day()[n - 1] + 1;
    int[] pairOf = new int[span];
    Arrays.fill(pairOf, -1);
    for (int k = 0; k < n; k++) {
      pairOf[pairs.day()[k]] = k;
    }
    List<String> names = new ArrayList<>(named.size());
    List<Integer> groups = new ArrayList<>(named.size());
    List<boolean[]> done = new ArrayList<>(named.size());
    for (int g = 0; g < named.size(); g++) {
      boolean[] column = null;
      for (int d : named.days(g)) {
        int offset = days.index(d) - first;
        if (offset < span && pairOf[offset] >= 0) {
          if (column == null) {
            column = new boolean[n];
          }
          column[pairOf[offset]] = true;
        }
      }
      if (column != null) {
        names.add(named.name(g));
        groups.add(g);
        done.add(column);
      }
    }
    if (names.isEmpty()) {
      return List.of();
    }
    ActivityModel model =
        NextDayModel.byActivity(
            pairs.nextDayPain(), pairs.pain(), names, done.toArray(new boolean[0][]));
    List<AdjustedActivity> rows = new ArrayList<>(names.size());
    for (int j = 0; j < names.size(); j++) {
      ActivityModel.Effect e = model.activities().get(j);
      rows.add(
          new AdjustedActivity(
              e.activity(), named.activityClass(groups.get(j)), e.days(), e.difference()));
    }
    return rows;
  }

  /** Returns mean pain on flagged pairs' days minus on the other pairs' days, exactly. */
  private static ChoiceCheck choice(DayColumn pain, DayPairs pairs, int first) {
    int n = pairs.size();
    int[] flagged = new int[n];
    int[] other = new int[n];
    int f = 0;
    int o = 0;
    for (int k = 0; k < n; k++) {
      int i = first + pairs.day()[k];
      if (pairs.flagged()[k]) {
        flagged[f++] = i;
      } else {
        other[o++] = i;
      }
    }
    if (f < ChoiceCheck.MIN_PAIRS || o < ChoiceCheck.MIN_PAIRS) {
      return new ChoiceCheck(f, o, Double.NaN, null);
    }
    Ratio difference = pain.meanOf(flagged, f).minus(pain.meanOf(other, o));
    return new ChoiceCheck(f, o, difference.toDouble(), difference);
  }
}
