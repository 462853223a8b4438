package org.rehabprogress.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Pain trajectories by week since start. */
final class Trajectories {

  static final String MEAN = "mean weekly pain";
  static final String QUARTILES = "middle half of patients (25th to 75th percentile)";
  static final String SAMPLE = "single patients";

  static final Color BAND = new Color(0x80, 0x80, 0x80, 70);
  static final Color SPAGHETTI = new Color(0x9A9A9A);

  private Trajectories() {}

  static JFreeChart of(List<WeeklyPain> weeks, List<PatientWeeks> sample) {
    YIntervalSeries mean = new YIntervalSeries(MEAN, false, false);
    int lastWeek = 4;
    for (WeeklyPain week : weeks) {
      mean.add(week.week(), week.mean(), week.lowerQuartile(), week.upperQuartile());
      lastWeek = Math.max(lastWeek, week.week());
    }
    YIntervalSeriesCollection summary = new YIntervalSeriesCollection();
    summary.addSeries(mean);
    XYSeriesCollection lines = new XYSeriesCollection();
    for (int p = 0; p < sample.size(); p++) {
      XYSeries line = new XYSeries(SAMPLE + " " + (p + 1), false, true);
      double[] pain = sample.get(p).pain();
      for (int w = 0; w < pain.length; w++) {
        line.add(w, pain[w], false);
      }
      lastWeek = Math.max(lastWeek, pain.length - 1);
      lines.addSeries(line);
    }
    NumberAxis week = ChartStyle.axis(new NumberAxis("weeks since start"));
    week.setRange(-0.5, lastWeek + 0.5);
    ChartStyle.integers(week);
    NumberAxis pain = new ScaleAxis("pain (0-10)", -0.3, 10.3, 0, 10);
    XYPlot plot = new XYPlot(summary, week, pain, band());
    ChartStyle.plot(plot);
    plot.setDataset(1, lines);
    XYLineAndShapeRenderer thin = new XYLineAndShapeRenderer(true, false);
    thin.setDefaultPaint(SPAGHETTI);
    thin.setAutoPopulateSeriesPaint(false);
    thin.setDefaultStroke(ChartStyle.HAIRLINE);
    thin.setAutoPopulateSeriesStroke(false);
    plot.setRenderer(1, thin);
    // Single patients behind the band, the mean on top.
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.lineItem(MEAN, ChartStyle.MEAN_LINE, ChartStyle.INK));
    legend.add(ChartStyle.shapeItem(QUARTILES, ChartStyle.SWATCH, BAND, false));
    if (!sample.isEmpty()) {
      legend.add(ChartStyle.lineItem(SAMPLE, ChartStyle.THIN, SPAGHETTI));
    }
    plot.setFixedLegendItems(legend);
    if (weeks.isEmpty()) {
      Empty.note(plot, "no week with pain from enough patients", lastWeek / 2.0, 5);
    }
    return ChartStyle.chart("Pain by week since start", plot, true);
  }

  private static DeviationRenderer band() {
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setSeriesPaint(0, ChartStyle.INK);
    renderer.setSeriesFillPaint(0, BAND);
    renderer.setSeriesStroke(0, ChartStyle.MEAN_LINE);
    renderer.setSeriesShape(0, ChartStyle.SQUARE);
    renderer.setAlpha(1f);
    return renderer;
  }
}
