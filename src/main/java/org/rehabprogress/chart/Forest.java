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

/**
 * The forest plot of per-activity adjusted differences against days with no activity (SPEC 5b), the
 * unadjusted estimates beside them: black squares and solid intervals for the adjusted, grey
 * circles and dashed intervals a little below for the unadjusted, so that the two read apart in
 * black and white.
 */
final class Forest {

  static final String SERIES = "Adjusted: pooled within-patient estimate, 95% interval";

  static final String UNADJUSTED = "Unadjusted: Hodges-Lehmann against rest days, 95% interval";

  /** How far below its row an unadjusted estimate is drawn, in rows. */
  static final double OFFSET = 0.3;

  private Forest() {}

  static JFreeChart of(List<ForestRow> rows) {
    XYIntervalSeries series = new XYIntervalSeries(SERIES, false, true);
    XYIntervalSeries beside = new XYIntervalSeries(UNADJUSTED, false, true);
    String[] labels = new String[Math.max(rows.size(), 1)];
    labels[0] = "";
    double extent = 1;
    for (int i = 0; i < rows.size(); i++) {
      ForestRow row = rows.get(i);
      ForestRow u = row.unadjusted();
      labels[i] =
          row.label() + " (n = " + row.n() + (u == null ? "" : "; unadjusted " + u.n()) + ")";
      series.add(row.estimate(), row.low(), row.high(), i, i, i);
      extent = Math.max(extent, Math.max(Math.abs(row.low()), Math.abs(row.high())));
      if (u != null) {
        double y = i + OFFSET;
        beside.add(u.estimate(), u.low(), u.high(), y, y, y);
        extent = Math.max(extent, Math.max(Math.abs(u.low()), Math.abs(u.high())));
      }
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    dataset.addSeries(beside);
    NumberAxis difference =
        ChartStyle.axis(
            new NumberAxis(
                "difference in next-day pain from days with no activity (points, 0-10)"));
    double bound = Math.ceil(extent * 1.1 * 2) / 2;
    difference.setRange(-bound, bound);
    SymbolAxis activities = ChartStyle.axis(new SymbolAxis(null, labels));
    activities.setInverted(true);
    activities.setGridBandsVisible(false);
    activities.setRange(-0.6, labels.length - 0.4 + OFFSET);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(true);
    renderer.setDrawYError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setSeriesShape(0, ChartStyle.SQUARE);
    renderer.setSeriesPaint(0, ChartStyle.INK);
    renderer.setSeriesStroke(0, ChartStyle.THIN);
    renderer.setSeriesShape(1, ChartStyle.DOT);
    renderer.setSeriesPaint(1, ChartStyle.POINT);
    renderer.setSeriesStroke(1, ChartStyle.DASHED);
    // Each interval in its series' paint and stroke: solid black, dashed grey.
    renderer.setErrorPaint(null);
    renderer.setErrorStroke(null);
    renderer.setCapLength(6);
    XYPlot plot = new XYPlot(dataset, difference, activities, renderer);
    ChartStyle.plot(plot);
    plot.setDomainGridlinesVisible(false);
    plot.addDomainMarker(0, new ValueMarker(0, ChartStyle.INK, ChartStyle.THIN), Layer.BACKGROUND);
    if (rows.isEmpty()) {
      Empty.note(plot, "no activity with an adjusted estimate for enough patients", 0, 0);
    }
    JFreeChart chart =
        ChartStyle.chart(
            "Next-day pain by activity, adjusted within patients (unadjusted in grey)", plot, true);
    TextTitle note =
        new TextTitle(
            "Left of 0: less pain on the next day than after a day with no activity; right of 0:"
                + " more. Associations in observational diaries, not effects of the activity.",
            ChartStyle.SMALL);
    note.setPosition(RectangleEdge.BOTTOM);
    note.setHorizontalAlignment(HorizontalAlignment.LEFT);
    note.setPaint(ChartStyle.INK);
    chart.addSubtitle(note);
    return chart;
  }
}
