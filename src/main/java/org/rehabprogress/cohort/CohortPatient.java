package org.rehabprogress.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.analysis.ActivityComparison;
import org.rehabprogress.analysis.AdjustedActivity;
import org.rehabprogress.analysis.AdjustedComparison;
import org.rehabprogress.analysis.DayPairs;
import org.rehabprogress.analysis.Exposure;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.Ratio;

/**
 * One analysed patient's row of the cohort's per-patient table: the summary.csv figures at full
 * precision and the few series the cohort figures need, without the patient's daily arrays. Arrays
 * are shared, not copied: do not modify them.
 *
 * @param summary the per-patient figures over the whole log (or up to {@code --to})
 * @param site the patients.csv site, or null
 * @param start the patient's start
 * @param end the patient's end day, the last logged day (on or before {@code --to})
 * @param weeklyPain mean daily pain in week {@code k} since start (days {@code start+7k ..
 *     start+7k+6}, cut at the end day), NaN for a week without pain, one value per week up to the
 *     end
 * @param activityGroups the {@link ActivityGroups} of the activities with a difference from REST
 *     days, ascending
 * @param differencesVsRest per group of {@code activityGroups}: mean next-day pain after days with
 *     the activity minus mean next-day pain after REST days
 * @param effectExact {@code flagged_minus_low_impact} exactly, null when none (the summary holds
 *     its exact-faithful double); the statistics across patients decide zeros and ties on it
 * @param differencesExact {@code differencesVsRest} exactly, one per group
 * @param adjusted the adjusted figures (SPEC 3b) the cohort pools across patients
 * @param subgroup the patient's value in each column of {@code --by}, in its order, null where the
 *     patient has none ({@link SubgroupColumns}); empty without {@code --by}
 * @param pairs the patient's day pairs (SPEC 3b), the rows of day_pairs.csv, with {@code --panel};
 *     null without it, so that a cohort keeps no per-pair arrays it will not write
 * @param odiChangeExact the ODI change (current - baseline, SPEC 3c) exactly, null when none
 */
public record CohortPatient(
    PatientSummary summary,
    String site,
    LocalDate start,
    LocalDate end,
    double[] weeklyPain,
    int[] activityGroups,
    double[] differencesVsRest,
    Ratio effectExact,
    Ratio[] differencesExact,
    AdjustedFigures adjusted,
    List<String> subgroup,
    DayPairs pairs,
    Ratio odiChangeExact)
    implements Admission {

  /** Checks for nulls and that every activity group has its difference; copies the values. */
  public CohortPatient {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(weeklyPain, "weeklyPain");
    Objects.requireNonNull(adjusted, "adjusted");
    if (Double.compare(summary.adjFlaggedMinusLowImpact(), adjusted.estimate()) != 0) {
      throw new IllegalArgumentException("the adjusted figures must hold the summary's estimate");
    }
    if (Double.isNaN(summary.flaggedDayPainMinusOther()) != (adjusted.choiceExact() == null)) {
      throw new IllegalArgumentException(
          "the exact choice check must exist exactly when its double does");
    }
    if (activityGroups.length != differencesVsRest.length
        || activityGroups.length != differencesExact.length) {
      throw new IllegalArgumentException("one difference per activity group expected");
    }
    if (Double.isNaN(summary.flaggedMinusLowImpact()) != (effectExact == null)) {
      throw new IllegalArgumentException(
          "the exact effect must exist exactly when its double does");
    }
    // Nulls are values here (no value in the column), which List.copyOf refuses.
    subgroup = Collections.unmodifiableList(new ArrayList<>(subgroup));
  }

  /** Returns the same row with the given values in the {@code --by} columns. */
  public CohortPatient withSubgroup(List<String> values) {
    return new CohortPatient(
        summary,
        site,
        start,
        end,
        weeklyPain,
        activityGroups,
        differencesVsRest,
        effectExact,
        differencesExact,
        adjusted,
        values,
        pairs,
        odiChangeExact);
  }

  /**
   * Returns a row whose figures are decimals as written (a table typed in, a test): each exact
   * figure is the decimal its double holds ({@link Ratio#ofInput}); no adjusted activity groups,
   * and the class contrast's standard error {@code se} (NaN exactly when the summary has no
   * adjusted estimate).
   */
  public static CohortPatient ofDecimals(
      PatientSummary summary,
      String site,
      LocalDate start,
      LocalDate end,
      double[] weeklyPain,
      int[] activityGroups,
      double[] differencesVsRest,
      double se) {
    double effect = summary.flaggedMinusLowImpact();
    double odiBaseline = summary.odiBaseline();
    double odiCurrent = summary.odiCurrent();
    Ratio[] exact = new Ratio[differencesVsRest.length];
    for (int i = 0; i < exact.length; i++) {
      exact[i] = Ratio.ofInput(differencesVsRest[i]);
    }
    return new CohortPatient(
        summary,
        site,
        start,
        end,
        weeklyPain,
        activityGroups,
        differencesVsRest,
        Double.isNaN(effect) ? null : Ratio.ofInput(effect),
        exact,
        new AdjustedFigures(
            summary.adjFlaggedMinusLowImpact(),
            se,
            Double.isNaN(summary.flaggedDayPainMinusOther())
                ? null
                : Ratio.ofInput(summary.flaggedDayPainMinusOther()),
            new int[0],
            new double[0],
            new double[0]),
        List.of(),
        null,
        Double.isNaN(odiBaseline) || Double.isNaN(odiCurrent)
            ? null
            : Ratio.ofInput(odiCurrent).minus(Ratio.ofInput(odiBaseline)));
  }

  /**
   * Keeps what the cohort needs of a patient's result: the summary, the weekly pain since start and
   * the activities' differences from REST days (those that exist), by group.
   *
   * @param result the analysis of a log whose activity names are {@code groups}' names
   * @param site the patient's site, or null
   * @param groups the activity groups the log was named by
   * @param subgroup the patient's values in the {@code --by} columns, null for none
   * @param keepPairs whether to keep the day pairs ({@code --panel})
   */
  public static CohortPatient of(
      PatientResult result,
      String site,
      ActivityGroups groups,
      List<String> subgroup,
      boolean keepPairs) {
    List<ActivityComparison> activities = result.activities();
    int[] codes = new int[activities.size()];
    double[] differences = new double[activities.size()];
    Ratio[] exact = new Ratio[activities.size()];
    Ratio rest = result.nextDay(Exposure.REST).exactMean();
    int n = 0;
    for (ActivityComparison a : activities) {
      if (!Double.isNaN(a.differenceVsRest())) {
        int group = groups.indexOf(a.activity());
        if (group < 0) {
          throw new IllegalArgumentException("activity " + a.activity() + " is not a group name");
        }
        codes[n] = group;
        exact[n] = a.nextDay().exactMean().minus(rest);
        differences[n++] = a.differenceVsRest();
      }
    }
    Ratio flagged = result.nextDay(Exposure.FLAGGED).exactMean();
    Ratio lowImpact = result.nextDay(Exposure.LOW_IMPACT).exactMean();
    return new CohortPatient(
        result.summary(),
        site,
        result.start(),
        result.end(),
        weeklyPain(result),
        Arrays.copyOf(codes, n),
        Arrays.copyOf(differences, n),
        flagged == null || lowImpact == null ? null : flagged.minus(lowImpact),
        Arrays.copyOf(exact, n),
        adjusted(result.adjusted(), groups),
        subgroup,
        keepPairs ? result.adjusted().pairs() : null,
        result.panel().odiChangeExact());
  }

  /** Returns the adjusted figures of a patient's comparison, activities by group, ascending. */
  private static AdjustedFigures adjusted(AdjustedComparison a, ActivityGroups groups) {
    double estimate = Double.NaN;
    double se = Double.NaN;
    if (a.flaggedMinusLowImpact() instanceof AdjustedDifference.Estimate e) {
      estimate = e.estimate();
      se = e.se();
    }
    int n = 0;
    double[][] rows = new double[a.byActivity().size()][];
    for (AdjustedActivity activity : a.byActivity()) {
      if (activity.difference() instanceof AdjustedDifference.Estimate e) {
        int group = groups.indexOf(activity.activity());
        if (group < 0) {
          throw new IllegalArgumentException(
              "activity " + activity.activity() + " is not a group name");
        }
        rows[n++] = new double[] {group, e.estimate(), e.se()};
      }
    }
    // The model lists names in key order, groups are in name order: sort by group.
    double[][] sorted = Arrays.copyOf(rows, n);
    Arrays.sort(sorted, (x, y) -> Double.compare(x[0], y[0]));
    int[] activityGroups = new int[n];
    double[] estimates = new double[n];
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      activityGroups[i] = (int) sorted[i][0];
      estimates[i] = sorted[i][1];
      errors[i] = sorted[i][2];
    }
    return new AdjustedFigures(estimate, se, a.choice().exact(), activityGroups, estimates, errors);
  }

  /**
   * Returns this row with its activity groups renumbered (and so reordered): the row of a part of
   * the input, placed in the groups of the whole input ({@link CohortAnalysis#combine}). A figure
   * held per activity group is renumbered here, and only here.
   *
   * @param global the whole input's group of each of the part's groups, none shared
   */
  public CohortPatient regrouped(int[] global) {
    Integer[] order = new Integer[activityGroups.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, (a, b) -> Integer.compare(global[activityGroups[a]], global[activityGroups[b]]));
    int[] groups = new int[order.length];
    double[] differences = new double[order.length];
    Ratio[] exact = new Ratio[order.length];
    for (int i = 0; i < order.length; i++) {
      groups[i] = global[activityGroups[order[i]]];
      differences[i] = differencesVsRest[order[i]];
      exact[i] = differencesExact[order[i]];
    }
    return new CohortPatient(
        summary,
        site,
        start,
        end,
        weeklyPain,
        groups,
        differences,
        effectExact,
        exact,
        regrouped(adjusted, global),
        subgroup,
        pairs,
        odiChangeExact);
  }

  /** Returns adjusted figures with their activity groups renumbered, ascending again. */
  private static AdjustedFigures regrouped(AdjustedFigures a, int[] global) {
    int[] part = a.activityGroups();
    Integer[] order = new Integer[part.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(global[part[x]], global[part[y]]));
    int[] groups = new int[order.length];
    double[] estimates = new double[order.length];
    double[] errors = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      groups[i] = global[part[order[i]]];
      estimates[i] = a.estimates()[order[i]];
      errors[i] = a.standardErrors()[order[i]];
    }
    return new AdjustedFigures(a.estimate(), a.se(), a.choiceExact(), groups, estimates, errors);
  }

  /** Returns the patient id. */
  @Override
  public String patientId() {
    return summary.patientId();
  }

  /** Returns whether the patient has enough data for a verdict (status not INSUFFICIENT_DATA). */
  public boolean enoughData() {
    return summary.status() != Status.INSUFFICIENT_DATA;
  }

  /** Returns whether the patient improved. */
  public boolean improved() {
    return summary.status() == Status.IMPROVED;
  }

  /**
   * Returns whether the patient has enough leg pain data for a verdict: a leg pain entry, and a leg
   * pain status that is not INSUFFICIENT_DATA (SPEC 3c).
   */
  public boolean enoughLegPainData() {
    Status leg = summary.legPainStatus();
    return leg != null && leg != Status.INSUFFICIENT_DATA;
  }

  /** Returns whether the patient has a leg pain entry at all. */
  public boolean hasLegPain() {
    return summary.legPainStatus() != null;
  }

  /** Returns whether leg pain improved (its own status IMPROVED). */
  public boolean legPainImproved() {
    return summary.legPainStatus() == Status.IMPROVED;
  }

  /** Returns the ODI change (current - baseline) as its exact-faithful double, NaN when none. */
  public double odiChange() {
    return odiChangeExact == null ? Double.NaN : odiChangeExact.toDouble();
  }

  private static double[] weeklyPain(PatientResult result) {
    double[] pain = result.series().pain();
    int offset =
        Math.toIntExact(result.start().toEpochDay() - result.series().first().toEpochDay());
    int days = pain.length - offset;
    double[] weeks = new double[(days + 6) / 7];
    for (int w = 0; w < weeks.length; w++) {
      double sum = 0;
      int count = 0;
      for (int i = offset + 7 * w, last = Math.min(i + 7, pain.length); i < last; i++) {
        if (!Double.isNaN(pain[i])) {
          sum += pain[i];
          count++;
        }
      }
      weeks[w] = count == 0 ? Double.NaN : sum / count;
    }
    return weeks;
  }
}
