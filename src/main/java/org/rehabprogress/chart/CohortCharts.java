package org.rehabprogress.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * The charts of the cohort page (SPEC section 5). Small cells are the caller's business: every row,
 * week or site given is drawn, so leave out what must not be shown. Empty input gives a chart with
 * a note, never an exception.
 */
public final class CohortCharts {

  private CohortCharts() {}

  /**
   * Returns the forest plot: one row per activity, top to bottom in the given order, with the
   * Hodges-Lehmann estimate as a square, its 95% interval as a line with caps, and a line at zero
   * (no difference from rest days); each row is labelled with its activity and n.
   */
  public static JFreeChart forest(List<ForestRow> rows) {
    return Forest.of(List.copyOf(rows));
  }

  /**
   * Returns the waterfall of pain change %: one bar per patient, sorted from the largest increase
   * to the largest decrease, bars at or below -30 % (as rounded to 2 decimals) dark, others light,
   * and a dashed line at -30 %. NaN and null values (patients without a change) are left out and
   * counted in the subtitle.
   */
  public static JFreeChart waterfall(List<Double> changePercents) {
    // Not List.copyOf: a null is a patient without a change, like NaN.
    return Waterfall.of(new ArrayList<>(changePercents));
  }

  /**
   * Returns the waterfall as {@link #waterfall(List)} does, but without the subtitle that counts
   * the patients: the cohort page shows no count of fewer than --min-cell patients, and the number
   * of bars at or below -30 % is close to the responder count, which may be suppressed.
   */
  public static JFreeChart waterfallWithoutCounts(List<Double> changePercents) {
    JFreeChart chart = waterfall(changePercents);
    for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
      if (chart.getSubtitle(i) instanceof TextTitle) {
        chart.removeSubtitle(chart.getSubtitle(i));
      }
    }
    return chart;
  }

  /**
   * Returns the pain trajectories by week since start: the mean of the patients' weekly pain as a
   * line with squares, and the band between the quartiles.
   */
  public static JFreeChart trajectories(List<WeeklyPain> weeks) {
    return Trajectories.of(List.copyOf(weeks), List.of());
  }

  /**
   * Returns the pain trajectories as {@link #trajectories(List)} does, with one thin grey line per
   * patient of {@code sample} behind them (a spaghetti plot; meant for anonymised input).
   */
  public static JFreeChart trajectories(List<WeeklyPain> weeks, List<PatientWeeks> sample) {
    return Trajectories.of(List.copyOf(weeks), List.copyOf(sample));
  }

  /**
   * Returns the responders by site: one bar per site, in the given order, of the share of patients
   * improved in percent, with its Wilson 95% interval as an error bar; each site is labelled with
   * its improved and counted patients.
   */
  public static JFreeChart respondersBySite(List<SiteShare> sites) {
    return SiteBars.of(List.copyOf(sites));
  }
}
