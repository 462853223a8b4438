package org.rehabprogress.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** The share of patients improved per site, with Wilson 95% intervals. */
final class SiteBars {

  static final String SERIES = "patients improved";

  static final Color FILL = new Color(0xBDBDBD);

  private static final double HALF_BAR = 0.3;

  private SiteBars() {}

  static JFreeChart of(List<SiteShare> sites) {
    XYIntervalSeries series = new XYIntervalSeries(SERIES, false, true);
    String[] labels = new String[Math.max(sites.size(), 1)];
    labels[0] = "";
    for (int i = 0; i < sites.size(); i++) {
      SiteShare site = sites.get(i);
      labels[i] = site.site() + " (" + site.improved() + " of " + site.patients() + ")";
      series.add(
          i, i - HALF_BAR, i + HALF_BAR, 100 * site.share(), 100 * site.low(), 100 * site.high());
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    SymbolAxis axis = ChartStyle.axis(new SymbolAxis(null, labels));
    axis.setGridBandsVisible(false);
    axis.setInverted(true);
    axis.setRange(-0.6, labels.length - 0.4);
    NumberAxis share = ChartStyle.axis(new NumberAxis("patients improved (%)"));
    share.setRange(0, 100);
    XYBarRenderer bars = new XYBarRenderer();
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setSeriesPaint(0, FILL);
    bars.setSeriesOutlinePaint(0, ChartStyle.INK);
    bars.setSeriesOutlineStroke(0, ChartStyle.THIN);
    bars.setSeriesVisibleInLegend(0, false);
    XYErrorRenderer errors = new XYErrorRenderer();
    errors.setDrawXError(false);
    errors.setDrawYError(true);
    errors.setDefaultLinesVisible(false);
    errors.setDefaultShapesVisible(false);
    errors.setErrorPaint(ChartStyle.INK);
    errors.setErrorStroke(ChartStyle.THIN);
    errors.setCapLength(10);
    errors.setSeriesVisibleInLegend(0, false);
    XYPlot plot = new XYPlot(dataset, axis, share, bars);
    // Sites down the left, as in the forest plot: long names and many sites stay readable.
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.plot(plot);
    plot.setDomainGridlinesVisible(false);
    plot.setDataset(1, dataset);
    plot.setRenderer(1, errors);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    if (sites.isEmpty()) {
      Empty.note(plot, "no site with enough patients", 0, 50);
    }
    return ChartStyle.chart("Patients improved by site, with 95% intervals (Wilson)", plot, false);
  }
}
