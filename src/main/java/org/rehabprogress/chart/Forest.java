package org.rehabprogress.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** The forest plot of per-activity differences against rest days. */
final class Forest {

  static final String SERIES = "Hodges-Lehmann estimate with 95% interval";

  private Forest() {}

  static JFreeChart of(List<ForestRow> rows) {
    XYIntervalSeries series = new XYIntervalSeries(SERIES, false, true);
    String[] labels = new String[Math.max(rows.size(), 1)];
    labels[0] = "";
    double extent = 1;
    for (int i = 0; i < rows.size(); i++) {
      ForestRow row = rows.get(i);
      labels[i] = row.label() + " (n = " + row.n() + ")";
      series.add(row.estimate(), row.low(), row.high(), i, i, i);
      extent = Math.max(extent, Math.max(Math.abs(row.low()), Math.abs(row.high())));
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    NumberAxis difference =
        ChartStyle.axis(
            new NumberAxis("difference in next-day pain from rest days (points, 0-10)"));
    double bound = Math.ceil(extent * 1.1 * 2) / 2;
    difference.setRange(-bound, bound);
    SymbolAxis activities = ChartStyle.axis(new SymbolAxis(null, labels));
    activities.setInverted(true);
    activities.setGridBandsVisible(false);
    activities.setRange(-0.6, labels.length - 0.4);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(true);
    renderer.setDrawYError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setSeriesShape(0, ChartStyle.SQUARE);
    renderer.setSeriesPaint(0, ChartStyle.INK);
    renderer.setErrorPaint(ChartStyle.INK);
    renderer.setErrorStroke(ChartStyle.THIN);
    renderer.setCapLength(6);
    XYPlot plot = new XYPlot(dataset, difference, activities, renderer);
    ChartStyle.plot(plot);
    plot.setDomainGridlinesVisible(false);
    plot.addDomainMarker(0, new ValueMarker(0, ChartStyle.INK, ChartStyle.THIN), Layer.BACKGROUND);
    if (rows.isEmpty()) {
      Empty.note(plot, "no activity done by enough patients", 0, 0);
    }
    JFreeChart chart = ChartStyle.chart("Next-day pain by activity, against rest days", plot, true);
    TextTitle note =
        new TextTitle(
            "Left of 0: less pain on the next day than after rest days; right of 0: more. "
                + "Associations in observational diaries, not effects of the activity.",
            ChartStyle.SMALL);
    note.setPosition(RectangleEdge.BOTTOM);
    note.setHorizontalAlignment(HorizontalAlignment.LEFT);
    note.setPaint(ChartStyle.INK);
    chart.addSubtitle(note);
    return chart;
  }
}
