package org.rehabprogress.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabprogress.chart.ChartImages;
import org.rehabprogress.chart.CohortCharts;
import org.rehabprogress.chart.ForestRow;
import org.rehabprogress.chart.SiteShare;
import org.rehabprogress.chart.WeeklyPain;
import org.rehabprogress.cohort.ActivityCells;
import org.rehabprogress.cohort.AdjustedActivityCells;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.cohort.EffectCells;
import org.rehabprogress.cohort.PooledCells;
import org.rehabprogress.cohort.ProportionCells;
import org.rehabprogress.cohort.SiteCells;
import org.rehabprogress.cohort.WeekCells;
import org.rehabprogress.report.CohortSvgs;

/**
 * Draws the cohort page's charts. The figures across patients come from the suppressed cells only,
 * so a suppressed cell is never plotted; the waterfall is per patient and drawn from every analysed
 * patient's pain change %.
 */
final class CohortCharting {

  private static final int WIDTH = 900;

  private CohortCharting() {}

  /** Returns the four charts as SVG elements (sites null when no site is given). */
  static CohortSvgs draw(CohortResult result, CohortCells cells) {
    // The adjusted rows (SPEC 5b), each with the same activity's unadjusted row beside it.
    Map<String, ForestRow> unadjusted = new HashMap<>();
    for (ActivityCells a : cells.activities()) {
      EffectCells e = a.effect();
      if (e.estimate().shown() && e.ciLow().shown() && e.ciHigh().shown()) {
        unadjusted.put(
            a.activity(),
            new ForestRow(
                a.activity(),
                e.estimate().value(),
                e.ciLow().value(),
                e.ciHigh().value(),
                (int) a.patients().value()));
      }
    }
    List<ForestRow> forest = new ArrayList<>();
    for (AdjustedActivityCells a : cells.activitiesAdjusted()) {
      PooledCells e = a.effect();
      if (e.estimate().shown() && e.ciLow().shown() && e.ciHigh().shown()) {
        forest.add(
            new ForestRow(
                a.activity(),
                e.estimate().value(),
                e.ciLow().value(),
                e.ciHigh().value(),
                (int) e.n().value(),
                unadjusted.get(a.activity())));
      }
    }
    List<WeeklyPain> weeks = new ArrayList<>();
    for (WeekCells w : cells.weeks()) {
      if (w.mean().shown() && w.q1().shown() && w.q3().shown()) {
        weeks.add(
            new WeeklyPain(
                w.week(),
                (int) w.patients().value(),
                w.mean().value(),
                w.q1().value(),
                w.q3().value()));
      }
    }
    List<Double> changes = new ArrayList<>(result.patients().size());
    for (CohortPatient p : result.patients()) {
      changes.add(p.summary().painChangePct());
    }
    List<SiteShare> sites = new ArrayList<>();
    for (SiteCells s : cells.sites()) {
      if (s.plotted()) {
        ProportionCells p = s.responders();
        sites.add(
            new SiteShare(
                s.site() == null ? "(no site given)" : s.site(),
                (int) p.n().value(),
                (int) p.improved().value(),
                p.ciLow().value(),
                p.ciHigh().value()));
      }
    }
    return new CohortSvgs(
        ChartImages.svg(
            CohortCharts.forest(forest), WIDTH, 170 + 44 * Math.max(1, forest.size()), "forest"),
        // One bar per patient: drawn only with --per-patient (SPEC section 5).
        result.parameters().perPatient()
            ? ChartImages.svg(CohortCharts.waterfallWithoutCounts(changes), WIDTH, 380, "waterfall")
            : null,
        ChartImages.svg(CohortCharts.trajectories(weeks), WIDTH, 380, "trajectories"),
        cells.sites().isEmpty()
            ? null
            : ChartImages.svg(
                CohortCharts.respondersBySite(sites),
                WIDTH,
                160 + 40 * Math.max(1, sites.size()),
                "sites"));
  }
}
