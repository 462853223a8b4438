package org.rehabprogress.cohort;

import java.util.List;
import java.util.Objects;
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
 */
public record CohortFigures(
    int patients,
    Wilson.Interval responders,
    Wilson.Interval respondersItt,
    int effectPatients,
    WilcoxonResult activityEffect,
    List<ActivityEffect> activities,
    List<SiteResponders> sites,
    List<WeekPain> weeks) {

  /** Checks for nulls and copies the lists. */
  public CohortFigures {
    Objects.requireNonNull(responders, "responders");
    Objects.requireNonNull(respondersItt, "respondersItt");
    Objects.requireNonNull(activityEffect, "activityEffect");
    activities = List.copyOf(activities);
    sites = List.copyOf(sites);
    weeks = List.copyOf(weeks);
  }
}
