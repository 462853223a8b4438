package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.stats.Holm;
import org.rehabprogress.stats.PooledEffect;
import org.rehabprogress.stats.RandomEffects;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.WilcoxonResult;
import org.rehabprogress.stats.WilcoxonSignedRank;

/**
 * The adjusted figures across patients of SPEC 5b, from the per-patient table: {@code
 * adj_flagged_minus_low_impact} pooled by REML random effects (as {@code metafor::rma(yi, sei = se,
 * method = "REML")}), the same per activity with Holm's adjustment over the activities shown, and
 * the choice check's Hodges-Lehmann estimate across patients. Patients are taken in the order given
 * (patient id order), so the sums, and the figures, are the same in every run.
 *
 * @param patients the patients with an adjusted class figure
 * @param pooled their figures pooled
 * @param activities the activities with a coefficient in at least min-cell patients, name order
 * @param activitiesNotShown the activities with a coefficient in fewer patients
 * @param choicePatients the patients with a choice-check figure
 * @param choiceCheck the signed-rank test of those figures
 */
record AdjustedStatistics(
    int patients,
    PooledEffect pooled,
    List<AdjustedEffect> activities,
    int activitiesNotShown,
    int choicePatients,
    WilcoxonResult choiceCheck) {

  static AdjustedStatistics of(
      List<CohortPatient> analysed, List<String> names, List<ActivityClass> classes, int minCell) {
    int n = analysed.size();
    double[] estimates = new double[n];
    double[] errors = new double[n];
    double[] choice = new double[n];
    Ratio[] choiceExact = new Ratio[n];
    int k = 0;
    int c = 0;
    int[] counts = new int[names.size()];
    for (CohortPatient p : analysed) {
      AdjustedFigures a = p.adjusted();
      if (!Double.isNaN(a.estimate())) {
        estimates[k] = a.estimate();
        errors[k++] = a.se();
      }
      if (a.choiceExact() != null) {
        choiceExact[c] = a.choiceExact();
        choice[c++] = p.summary().flaggedDayPainMinusOther();
      }
      for (int g : a.activityGroups()) {
        counts[g]++;
      }
    }
    PooledEffect pooled = RandomEffects.reml(Arrays.copyOf(estimates, k), Arrays.copyOf(errors, k));
    return new AdjustedStatistics(
        k,
        pooled,
        activities(analysed, names, classes, counts, minCell),
        (int) Arrays.stream(counts).filter(m -> m > 0 && m < minCell).count(),
        c,
        WilcoxonSignedRank.test(
            ExactTies.separated(Arrays.copyOf(choice, c), Arrays.copyOf(choiceExact, c))));
  }

  /**
   * Returns the pooled rows of the groups with at least {@code minCell} patients, Holm-adjusted.
   */
  private static List<AdjustedEffect> activities(
      List<CohortPatient> analysed,
      List<String> names,
      List<ActivityClass> classes,
      int[] counts,
      int minCell) {
    int[] row = new int[counts.length];
    Arrays.fill(row, -1);
    List<Integer> shown = new ArrayList<>();
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] >= minCell) {
        row[g] = shown.size();
        shown.add(g);
      }
    }
    double[][] estimates = new double[shown.size()][];
    double[][] errors = new double[shown.size()][];
    int[] filled = new int[shown.size()];
    for (int r = 0; r < shown.size(); r++) {
      estimates[r] = new double[counts[shown.get(r)]];
      errors[r] = new double[counts[shown.get(r)]];
    }
    for (CohortPatient p : analysed) {
      AdjustedFigures a = p.adjusted();
      for (int i = 0; i < a.activityGroups().length; i++) {
        int r = row[a.activityGroups()[i]];
        if (r >= 0) {
          estimates[r][filled[r]] = a.estimates()[i];
          errors[r][filled[r]++] = a.standardErrors()[i];
        }
      }
    }
    PooledEffect[] pooled = new PooledEffect[shown.size()];
    double[] p = new double[shown.size()];
    int tested = 0;
    for (int r = 0; r < pooled.length; r++) {
      pooled[r] = RandomEffects.reml(estimates[r], errors[r]);
      if (pooled[r] instanceof PooledEffect.Estimate e) {
        p[tested++] = e.pValue();
      }
    }
    // Holm over the activities shown with a p-value (SPEC 5b: p.adjust(p, "holm")).
    double[] holm = Holm.adjust(Arrays.copyOf(p, tested));
    List<AdjustedEffect> rows = new ArrayList<>(shown.size());
    tested = 0;
    for (int r = 0; r < pooled.length; r++) {
      int g = shown.get(r);
      double pHolm = pooled[r] instanceof PooledEffect.Estimate ? holm[tested++] : Double.NaN;
      rows.add(new AdjustedEffect(names.get(g), classes.get(g), counts[g], pooled[r], pHolm));
    }
    return rows;
  }
}
