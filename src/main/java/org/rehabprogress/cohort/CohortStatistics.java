package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.Quantile;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.WilcoxonSignedRank;
import org.rehabprogress.stats.Wilson;

/**
 * The figures across patients (SPEC section 5), a pure function of the per-patient table: every
 * statistic uses the per-patient figures at full precision, never the values as printed, with zeros
 * and ties decided on the exact figures ({@link ExactTies}).
 */
public final class CohortStatistics {

  private CohortStatistics() {}

  /**
   * Returns the cohort's figures at the default small-cell threshold.
   *
   * @param analysed the analysed patients
   * @param notAnalysed the patients in the cohort without an analysis (non-responders under ITT)
   * @param activityNames the activity groups' names, indexed by group
   * @param activityClasses the activity groups' classes, indexed by group
   */
  public static CohortFigures of(
      List<CohortPatient> analysed,
      int notAnalysed,
      List<String> activityNames,
      List<ActivityClass> activityClasses) {
    return of(analysed, notAnalysed, activityNames, activityClasses, SmallCells.DEFAULT_MIN_CELL);
  }

  /**
   * Returns the cohort's figures.
   *
   * @param analysed the analysed patients
   * @param notAnalysed the patients in the cohort without an analysis (non-responders under ITT)
   * @param activityNames the activity groups' names, indexed by group
   * @param activityClasses the activity groups' classes, indexed by group
   * @param minCell the small-cell threshold: the adjusted per-activity rows are the activities with
   *     a coefficient in at least this many patients, and Holm's adjustment counts those (SPEC 5b)
   */
  public static CohortFigures of(
      List<CohortPatient> analysed,
      int notAnalysed,
      List<String> activityNames,
      List<ActivityClass> activityClasses,
      int minCell) {
    int enough = 0;
    int improved = 0;
    int effectPatients = 0;
    double[] effect = new double[analysed.size()];
    Ratio[] effectExact = new Ratio[analysed.size()];
    for (CohortPatient p : analysed) {
      if (p.enoughData()) {
        enough++;
        improved += p.improved() ? 1 : 0;
      }
      double x = p.summary().flaggedMinusLowImpact();
      if (!Double.isNaN(x)) {
        effectExact[effectPatients] = p.effectExact();
        effect[effectPatients++] = x;
      }
    }
    int patients = analysed.size() + notAnalysed;
    AdjustedStatistics adjusted =
        AdjustedStatistics.of(analysed, activityNames, activityClasses, minCell);
    return new CohortFigures(
        patients,
        Wilson.interval(improved, enough),
        Wilson.interval(improved, patients),
        effectPatients,
        WilcoxonSignedRank.test(
            ExactTies.separated(
                Arrays.copyOf(effect, effectPatients), Arrays.copyOf(effectExact, effectPatients))),
        activities(analysed, activityNames, activityClasses),
        sites(analysed),
        weeks(analysed),
        adjusted.patients(),
        adjusted.pooled(),
        adjusted.activities(),
        adjusted.activitiesNotShown(),
        adjusted.choicePatients(),
        adjusted.choiceCheck(),
        outcomes(analysed));
  }

  /**
   * Returns the outcome panel across patients (SPEC 3c): leg pain responders as the pain
   * responders, and the signed-rank test of the ODI changes, zeros and ties decided exactly.
   */
  private static OutcomeFigures outcomes(List<CohortPatient> analysed) {
    int withLegPain = 0;
    int enough = 0;
    int improved = 0;
    int odiPatients = 0;
    double[] odi = new double[analysed.size()];
    Ratio[] odiExact = new Ratio[analysed.size()];
    for (CohortPatient p : analysed) {
      if (p.hasLegPain()) {
        withLegPain++;
        improved += p.legPainImproved() ? 1 : 0;
        enough += p.enoughLegPainData() ? 1 : 0;
      }
      if (p.odiChangeExact() != null) {
        odiExact[odiPatients] = p.odiChangeExact();
        odi[odiPatients++] = p.odiChange();
      }
    }
    return new OutcomeFigures(
        Wilson.interval(improved, enough),
        Wilson.interval(improved, withLegPain),
        odiPatients,
        WilcoxonSignedRank.test(
            ExactTies.separated(
                Arrays.copyOf(odi, odiPatients), Arrays.copyOf(odiExact, odiPatients))));
  }

  private static List<ActivityEffect> activities(
      List<CohortPatient> analysed, List<String> names, List<ActivityClass> classes) {
    int[] counts = new int[names.size()];
    for (CohortPatient p : analysed) {
      for (int g : p.activityGroups()) {
        counts[g]++;
      }
    }
    double[][] differences = new double[names.size()][];
    Ratio[][] exact = new Ratio[names.size()][];
    for (int g = 0; g < counts.length; g++) {
      differences[g] = new double[counts[g]];
      exact[g] = new Ratio[counts[g]];
      counts[g] = 0;
    }
    for (CohortPatient p : analysed) {
      int[] groups = p.activityGroups();
      for (int i = 0; i < groups.length; i++) {
        int g = groups[i];
        exact[g][counts[g]] = p.differencesExact()[i];
        differences[g][counts[g]++] = p.differencesVsRest()[i];
      }
    }
    List<ActivityEffect> rows = new ArrayList<>();
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] > 0) {
        rows.add(
            new ActivityEffect(
                names.get(g),
                classes.get(g),
                counts[g],
                WilcoxonSignedRank.test(ExactTies.separated(differences[g], exact[g]))));
      }
    }
    return rows;
  }

  private static List<SiteResponders> sites(List<CohortPatient> analysed) {
    if (analysed.stream().allMatch(p -> p.site() == null)) {
      return List.of();
    }
    Map<String, int[]> bySite = new TreeMap<>();
    int[] noSite = new int[2];
    for (CohortPatient p : analysed) {
      if (p.enoughData()) {
        int[] counts =
            p.site() == null ? noSite : bySite.computeIfAbsent(p.site(), s -> new int[2]);
        counts[0]++;
        counts[1] += p.improved() ? 1 : 0;
      }
    }
    List<SiteResponders> rows = new ArrayList<>();
    bySite.forEach((site, c) -> rows.add(new SiteResponders(site, Wilson.interval(c[1], c[0]))));
    if (noSite[0] > 0) {
      rows.add(new SiteResponders(null, Wilson.interval(noSite[1], noSite[0])));
    }
    return rows;
  }

  private static List<WeekPain> weeks(List<CohortPatient> analysed) {
    int weeks = 0;
    for (CohortPatient p : analysed) {
      weeks = Math.max(weeks, p.weeklyPain().length);
    }
    double[] values = new double[analysed.size()];
    List<WeekPain> rows = new ArrayList<>(weeks);
    for (int w = 0; w < weeks; w++) {
      int n = 0;
      double sum = 0;
      for (CohortPatient p : analysed) {
        double[] pain = p.weeklyPain();
        if (w < pain.length && !Double.isNaN(pain[w])) {
          values[n++] = pain[w];
          sum += pain[w];
        }
      }
      Arrays.sort(values, 0, n);
      rows.add(
          new WeekPain(
              w,
              n,
              n == 0 ? Double.NaN : sum / n,
              Quantile.ofSorted(values, n, 0.25),
              Quantile.ofSorted(values, n, 0.75)));
    }
    return rows;
  }
}
