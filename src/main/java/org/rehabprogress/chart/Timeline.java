package org.rehabprogress.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rehabprogress.analysis.DailySeries;
import org.rehabprogress.analysis.FlaggedDay;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.Window;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.stats.Round;

/**
 * The symptom timeline: an event lane on top, then pain, anxiety and sleep hours sharing the date
 * axis. Each measure shows its daily values as dots and the 7-day rolling mean as a line; the pain
 * plot adds the clinically important change band around baseline and a row of triangles for the
 * flagged activity days; the baseline and current windows are shaded on every plot.
 */
final class Timeline {

  /** The subplots, top to bottom. */
  static final int LANE = 0;

  static final int PAIN = 1;
  static final int ANXIETY = 2;
  static final int SLEEP = 3;

  /** The y of the flagged-day triangles on the pain plot, below the 0 of the scale. */
  static final double FLAG_ROW = -0.7;

  /** The series key suffix of a measure's rolling mean. */
  static final String MEAN_SUFFIX = ", 7-day mean";

  static final String FLAGGED_KEY = "flagged activity day";

  static final Color BAND = new Color(0x80, 0x80, 0x80, 56);
  static final Color WINDOW = new Color(0x44, 0x77, 0xAA, 30);

  private Timeline() {}

  static JFreeChart of(PatientResult result, List<PatientEvent> events) {
    return of(result, events, false);
  }

  /** Returns the timeline, of pain alone (with the event lane) when {@code painOnly}. */
  static JFreeChart of(PatientResult result, List<PatientEvent> events, boolean painOnly) {
    DailySeries series = result.series();
    LocalDate first = series.first();
    LocalDate last = series.last();
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(DayAxis.of("date", first, last));
    plot.setGap(6);
    XYPlot lane = EventLane.of(series, events, result.pain());
    XYPlot pain = measure(series, series.pain(), series.painMean7(), "pain");
    pain.setRangeAxis(new ScaleAxis("pain (0-10)", -1.4, 10.6, 0, 10));
    band(pain, result.pain().baseline());
    flagged(pain, result.flaggedDays());
    // The lane holds four rows of 11 px text: about 60 px at the page's size.
    plot.add(lane, painOnly ? 3 : 4);
    plot.add(pain, 9);
    List<XYPlot> subplots = new ArrayList<>(List.of(lane, pain));
    if (!painOnly) {
      XYPlot anxiety = measure(series, series.anxiety(), series.anxietyMean7(), "anxiety");
      anxiety.setRangeAxis(new ScaleAxis("anxiety", -0.5, 10.5, 0, 10));
      XYPlot sleep = measure(series, series.sleepHours(), series.sleepHoursMean7(), "sleep");
      sleep.setRangeAxis(sleepAxis(series.sleepHours()));
      plot.add(anxiety, 4);
      plot.add(sleep, 4);
      subplots.add(anxiety);
      subplots.add(sleep);
    }
    for (XYPlot subplot : subplots) {
      windows(subplot, series);
      EventLane.lines(subplot, series, events);
    }
    plot.setFixedLegendItems(legend(result.pain().baseline()));
    ChartStyle.plot(plot);
    String title = painOnly ? ": pain by day" : ": pain, anxiety and sleep by day";
    return ChartStyle.chart(result.patientId() + title, plot, true);
  }

  private static XYPlot measure(DailySeries series, double[] daily, double[] mean, String name) {
    XYSeries dots = new XYSeries(name, false, true);
    XYSeries line = new XYSeries(name + MEAN_SUFFIX, false, true);
    boolean any = false;
    for (int i = 0; i < daily.length; i++) {
      double x = DayAxis.noon(series.day(i));
      if (!Double.isNaN(daily[i])) {
        dots.add(x, daily[i], false);
        any = true;
      }
      // NaN breaks the line where fewer than 4 of the 7 days have a value.
      line.add(x, mean[i], false);
    }
    XYPlot plot = new XYPlot();
    ChartStyle.plot(plot);
    plot.setDataset(0, new XYSeriesCollection(dots));
    plot.setRenderer(0, DotRenderer.dots(ChartStyle.DOT_DIAMETER, ChartStyle.POINT));
    plot.setDataset(1, new XYSeriesCollection(line));
    plot.setRenderer(1, line());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    if (!any) {
      Empty.note(plot, "no " + name + " entries in this period", series);
    }
    return plot;
  }

  private static NumberAxis sleepAxis(double[] hours) {
    double max = 10;
    for (double h : hours) {
      if (h > max) {
        max = h;
      }
    }
    return new ScaleAxis("sleep (hours)", 0, Math.ceil(max) + 1, 0, 24);
  }

  private static XYLineAndShapeRenderer line() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, ChartStyle.INK);
    renderer.setSeriesStroke(0, ChartStyle.MEAN_LINE);
    renderer.setSeriesVisibleInLegend(0, false);
    // One path with moves across the gaps, not one SVG element per segment.
    renderer.setDrawSeriesLineAsPath(true);
    return renderer;
  }

  /** Marks the zone of no clinically important change around baseline pain, when there is one. */
  private static void band(XYPlot pain, double baseline) {
    if (Double.isNaN(baseline)) {
      return;
    }
    // Farrar et al. 2001 (Pain 94:149): a change of 2 points, or of 30 % from a baseline of 4 or
    // more, on a 0-10 rating is clinically important, either way (SPEC section 3).
    IntervalMarker band = new IntervalMarker(lowerBound(baseline), upperBound(baseline));
    band.setPaint(BAND);
    band.setOutlinePaint(ChartStyle.EDGE);
    band.setOutlineStroke(ChartStyle.DASHED);
    pain.addRangeMarker(0, band, Layer.BACKGROUND, false);
    ValueMarker line = new ValueMarker(baseline, ChartStyle.INK, ChartStyle.DOTTED);
    pain.addRangeMarker(0, line, Layer.BACKGROUND, false);
  }

  /**
   * Returns the band's lower bound: {@code baseline - min(2, 0.3 * baseline)} from a baseline of
   * 4.0 or more (as shown), else {@code baseline - 2}.
   */
  static double lowerBound(double baseline) {
    return baseline - halfWidth(baseline);
  }

  /** Returns the band's upper bound, the same distance above baseline as the lower one below. */
  static double upperBound(double baseline) {
    return baseline + halfWidth(baseline);
  }

  private static double halfWidth(double baseline) {
    // The 30 % route applies only from a baseline of 4.0 or more (Farrar et al. 2001).
    return Round.half(baseline, 2) >= 4.0 ? Math.min(2, 0.3 * baseline) : 2;
  }

  private static void flagged(XYPlot pain, List<FlaggedDay> days) {
    XYSeries marks = new XYSeries(FLAGGED_KEY, false, true);
    for (FlaggedDay day : days) {
      marks.add(DayAxis.noon(day.date()), FLAG_ROW, false);
    }
    pain.setDataset(2, new XYSeriesCollection(marks));
    pain.setRenderer(2, DotRenderer.marks(ChartStyle.TRIANGLE, ChartStyle.INK));
  }

  private static void windows(XYPlot plot, DailySeries series) {
    for (Window window : windowsOf(series)) {
      IntervalMarker marker =
          new IntervalMarker(DayAxis.startOf(window.from()), DayAxis.endOf(window.to()));
      marker.setPaint(WINDOW);
      marker.setOutlinePaint(ChartStyle.EDGE);
      marker.setOutlineStroke(ChartStyle.HAIRLINE);
      plot.addDomainMarker(0, marker, Layer.BACKGROUND, false);
    }
  }

  /** Returns the baseline window and, when there is one, the current window. */
  static List<Window> windowsOf(DailySeries series) {
    return series.current() == null
        ? List.of(series.baseline())
        : List.of(series.baseline(), series.current());
  }

  /**
   * Returns the legend; the band's item says the rule that applies to this baseline (NaN: none).
   */
  private static LegendItemCollection legend(double baseline) {
    boolean band = !Double.isNaN(baseline);
    // The 30 % route applies only from a baseline of 4.0 or more as shown (SPEC 3).
    boolean thirty = band && Round.half(baseline, 2) >= 4.0;
    LegendItemCollection items = new LegendItemCollection();
    items.add(ChartStyle.shapeItem("daily value", ChartStyle.DOT, ChartStyle.POINT, false));
    items.add(ChartStyle.lineItem("7-day mean", ChartStyle.MEAN_LINE, ChartStyle.INK));
    items.add(ChartStyle.shapeItem(FLAGGED_KEY, ChartStyle.TRIANGLE, ChartStyle.INK, false));
    items.add(ChartStyle.lineItem("event", ChartStyle.DASHED, ChartStyle.INK));
    if (band) {
      items.add(ChartStyle.lineItem("baseline pain", ChartStyle.DOTTED, ChartStyle.INK));
      items.add(
          ChartStyle.shapeItem(
              thirty
                  ? "no clinically important change (under 2 points and under 30 % either way)"
                  : "no clinically important change (under 2 points either way)",
              ChartStyle.SWATCH,
              BAND,
              true));
    }
    items.add(ChartStyle.shapeItem("14-day windows", ChartStyle.SWATCH, WINDOW, true));
    return items;
  }
}
