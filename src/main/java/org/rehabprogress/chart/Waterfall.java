package org.rehabprogress.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rehabprogress.stats.Round;

/** The waterfall of each patient's pain change %. */
final class Waterfall {

  /** Farrar et al. 2001: a 30 % reduction on a 0-10 rating is clinically important. */
  static final double THRESHOLD = -30;

  static final String IMPROVED = "at or below -30 %";
  static final String OTHERS = "above -30 %";

  static final Color IMPROVED_FILL = new Color(0x3A3A3A);
  static final Color OTHERS_FILL = new Color(0xC4C4C4);

  // Outlines would blacken the bars of a large cohort.
  private static final int MAX_OUTLINED = 80;

  private Waterfall() {}

  static JFreeChart of(List<Double> changePercents) {
    List<Double> values = new ArrayList<>();
    for (Double value : changePercents) {
      if (value != null && Double.isFinite(value)) {
        values.add(value);
      }
    }
    values.sort(Comparator.reverseOrder());
    XYSeries improved = new XYSeries(IMPROVED, false, true);
    XYSeries others = new XYSeries(OTHERS, false, true);
    double low = THRESHOLD - 10;
    double high = 10;
    for (int i = 0; i < values.size(); i++) {
      double value = values.get(i);
      // The threshold compares the value as printed (SPEC section 3).
      (Round.half(value, 2) <= THRESHOLD ? improved : others).add(i + 1, value, false);
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(others);
    dataset.addSeries(improved);
    dataset.setIntervalWidth(1.0);
    NumberAxis patients = ChartStyle.axis(new NumberAxis("patients, sorted by pain change"));
    patients.setRange(0.4, Math.max(values.size(), 1) + 0.6);
    patients.setTickLabelsVisible(false);
    patients.setTickMarksVisible(false);
    NumberAxis change = ChartStyle.axis(new NumberAxis("pain change from baseline (%)"));
    double pad = (high - low) * 0.05;
    change.setRange(low - pad, high + pad);
    XYBarRenderer renderer = new XYBarRenderer(0.15);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(values.size() <= MAX_OUTLINED);
    renderer.setSeriesPaint(0, OTHERS_FILL);
    renderer.setSeriesPaint(1, IMPROVED_FILL);
    renderer.setDefaultOutlinePaint(ChartStyle.INK);
    renderer.setDefaultOutlineStroke(ChartStyle.HAIRLINE);
    XYPlot plot = new XYPlot(dataset, patients, change, renderer);
    ChartStyle.plot(plot);
    plot.setDomainGridlinesVisible(false);
    plot.addRangeMarker(0, new ValueMarker(0, ChartStyle.INK, ChartStyle.THIN), Layer.FOREGROUND);
    ValueMarker line = new ValueMarker(THRESHOLD, ChartStyle.INK, ChartStyle.DASHED);
    line.setLabel("-30 %: clinically important improvement from a baseline of 4 or more");
    line.setLabelFont(ChartStyle.SMALL);
    line.setLabelPaint(ChartStyle.INK);
    line.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
    line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    line.setLabelBackgroundColor(Color.WHITE);
    plot.addRangeMarker(0, line, Layer.FOREGROUND);
    if (values.isEmpty()) {
      Empty.note(plot, "no patient with a pain change", 1, (low + high) / 2);
    }
    JFreeChart chart =
        ChartStyle.chart("Pain change from baseline, one bar per patient", plot, true);
    int left = changePercents.size() - values.size();
    TextTitle count =
        new TextTitle(
            values.size()
                + " patients with a pain change, "
                + improved.getItemCount()
                + " at or below -30 %"
                + (left == 0 ? "" : "; " + left + " without a change not shown"),
            ChartStyle.SMALL);
    count.setPosition(RectangleEdge.TOP);
    count.setHorizontalAlignment(HorizontalAlignment.LEFT);
    count.setPaint(ChartStyle.INK);
    chart.addSubtitle(count);
    return chart;
  }
}
