package org.rehabprogress.report;

/**
 * The cohort page's charts as SVG elements, drawn by the chart package from the figures as they may
 * be shown (suppressed cells are not plotted).
 *
 * @param forest the per-activity forest plot
 * @param waterfall pain change % per patient (per-patient, not suppressed), or null when the run
 *     was not asked for per-patient outputs
 * @param trajectories pain by week since start
 * @param sites responders by site, or null when no site is given
 */
public record CohortSvgs(String forest, String waterfall, String trajectories, String sites) {}
