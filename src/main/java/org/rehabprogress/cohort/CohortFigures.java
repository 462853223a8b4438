package org.rehabprogress.cohort;

import java.util.List;
import java.util.Objects;
import org.rehabprogress.stats.PooledEffect;
import org.rehabprogress.stats.WilcoxonResult;
import org.rehabprogress.stats.Wilson;

/**
 * The figures across patients at full precision, before any small cell is suppressed.
 *
 * @param patients every patient in the cohort, analysed or not: the intention-to-treat denominator
 * @param responders IMPROVED among patients with enough data, with the Wilson 95% interval
 * @param respondersItt IMPROVED among all {@code patients}, those without enough data (or without
 *     an analysis) counted as non-responders
 * @param effectPatients the patients with a {@code flagged_minus_low_impact} figure
 * @param activityEffect the signed-rank test of those figures with the Hodges-Lehmann estimate
 * @param activities one row per activity group with a difference from REST days for at least one
 *     patient, in name order
 * @param sites responders per site, in site order with the patients without a site last; empty when
 *     no analysed patient has a site
 * @param weeks pain per week since start, from week 0 to the last week any patient reached
 * @param adjustedPatients the patients with an {@code adj_flagged_minus_low_impact} figure
 * @param activityEffectAdjusted those figures pooled by REML random effects (SPEC 5b)
 * @param activitiesAdjusted one row per activity group with a per-activity coefficient in at least
 *     the small-cell threshold of patients, in name order, Holm's adjustment over these rows
 * @param activitiesAdjustedNotShown the activity groups with a coefficient in fewer patients
 * @param choicePatients the patients with a {@code flagged_day_pain_minus_other} figure
 * @param choiceCheck the signed-rank test of those figures with the Hodges-Lehmann estimate
 * @param outcomes the FBSS outcome panel across patients: leg pain responders, ODI change
 */
public record CohortFigures(
    int patients,
    Wilson.Interval responders,
    Wilson.Interval respondersItt,
    int effectPatients,
    WilcoxonResult activityEffect,
    List<ActivityEffect> activities,
    List<SiteResponders> sites,
    List<WeekPain> weeks,
    int adjustedPatients,
    PooledEffect activityEffectAdjusted,
    List<AdjustedEffect> activitiesAdjusted,
    int activitiesAdjustedNotShown,
    int choicePatients,
    WilcoxonResult choiceCheck,
    OutcomeFigures outcomes) {

  /** Checks for nulls and copies the lists. */
  public CohortFigures {
    Objects.requireNonNull(responders, "responders");
    Objects.requireNonNull(respondersItt, "respondersItt");
    Objects.requireNonNull(activityEffect, "activityEffect");
    Objects.requireNonNull(outcomes, "outcomes");
    activities = List.copyOf(activities);
    sites = List.copyOf(sites);
    weeks = List.copyOf(weeks);
    Objects.requireNonNull(activityEffectAdjusted, "activityEffectAdjusted");
    Objects.requireNonNull(choiceCheck, "choiceCheck");
    activitiesAdjusted = List.copyOf(activitiesAdjusted);
  }
}
