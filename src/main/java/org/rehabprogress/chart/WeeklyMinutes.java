package org.rehabprogress.chart;

import java.awt.Color;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.rehabprogress.analysis.DailySeries;
import org.rehabprogress.analysis.PatientResult;

/**
 * Weekly activity minutes stacked by class. Weeks are 7 days counted back from the end day, so the
 * last bar is the last full week; the first week may reach back before the first logged day, where
 * there is nothing to count.
 */
final class WeeklyMinutes {

  static final String LOW_IMPACT = "low-impact";
  static final String NEUTRAL = "neutral or unclassified";
  static final String FLAGGED = "flagged";

  // Three grey levels a black-and-white print keeps apart: mid (low-impact), light (neutral) and
  // dark (flagged); the hues only repeat them.
  static final Color LOW_IMPACT_FILL = new Color(0x4477AA);
  static final Color NEUTRAL_FILL = new Color(0xE0E0E0);
  static final Color FLAGGED_FILL = new Color(0x6A1B3A);

  private WeeklyMinutes() {}

  static JFreeChart of(PatientResult result) {
    DailySeries series = result.series();
    int weeks = (series.length() + 6) / 7;
    LocalDate firstWeek = series.last().minusDays(7L * weeks - 1);
    XYSeries low = new XYSeries(LOW_IMPACT, false, false);
    XYSeries neutral = new XYSeries(NEUTRAL, false, false);
    XYSeries flagged = new XYSeries(FLAGGED, false, false);
    double most = 0;
    for (int w = 0; w < weeks; w++) {
      LocalDate from = firstWeek.plusDays(7L * w);
      double x = (DayAxis.startOf(from) + DayAxis.endOf(from.plusDays(6))) / 2;
      double[] sums = new double[3];
      for (int d = 0; d < 7; d++) {
        int i = Math.toIntExact(from.plusDays(d).toEpochDay() - series.first().toEpochDay());
        if (i >= 0) {
          sums[0] += series.lowImpactMinutes()[i];
          sums[1] += series.neutralMinutes()[i];
          sums[2] += series.flaggedMinutes()[i];
        }
      }
      low.add(x, sums[0], false);
      neutral.add(x, sums[1], false);
      flagged.add(x, sums[2], false);
      most = Math.max(most, sums[0] + sums[1] + sums[2]);
    }
    DefaultTableXYDataset dataset = new DefaultTableXYDataset();
    dataset.addSeries(low);
    dataset.addSeries(neutral);
    dataset.addSeries(flagged);
    dataset.setIntervalWidth(7.0 * DayAxis.DAY_MS);
    NumberAxis minutes = ChartStyle.axis(new NumberAxis("minutes per week"));
    minutes.setLowerBound(0);
    minutes.setUpperBound(most == 0 ? 60 : most * 1.08);
    XYPlot plot =
        new XYPlot(dataset, DayAxis.of("date", firstWeek, series.last()), minutes, bars());
    ChartStyle.plot(plot);
    plot.setDomainGridlinesVisible(false);
    if (most == 0) {
      Empty.note(
          plot,
          "no activity minutes in this period",
          DayAxis.noon(
              firstWeek.plusDays((series.last().toEpochDay() - firstWeek.toEpochDay()) / 2)),
          30);
    }
    return ChartStyle.chart(result.patientId() + ": activity minutes per week", plot, true);
  }

  private static StackedXYBarRenderer bars() {
    StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    Color[] fills = {LOW_IMPACT_FILL, NEUTRAL_FILL, FLAGGED_FILL};
    for (int s = 0; s < fills.length; s++) {
      renderer.setSeriesPaint(s, fills[s]);
      renderer.setSeriesOutlinePaint(s, ChartStyle.INK);
      renderer.setSeriesOutlineStroke(s, ChartStyle.HAIRLINE);
    }
    return renderer;
  }
}
