package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The cohort charts, checked through their datasets, axes and markers. */
class CohortChartsTest {

  private static XYPlot plot(JFreeChart chart) {
    return (XYPlot) chart.getPlot();
  }

  @Test
  void drawsOneForestRowPerActivityWithItsInterval() {
    List<ForestRow> rows =
        List.of(
            new ForestRow("Swimming", -0.6, -1.1, -0.15, 34),
            new ForestRow("Golf", 0.8, 0.2, 1.5, 12));
    XYPlot plot = plot(CohortCharts.forest(rows));
    IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
    assertEquals(2, data.getItemCount(0));
    assertEquals(-0.6, data.getXValue(0, 0));
    assertEquals(-1.1, data.getStartXValue(0, 0));
    assertEquals(-0.15, data.getEndXValue(0, 0));
    assertEquals(1.0, data.getYValue(0, 1));
    SymbolAxis labels = (SymbolAxis) plot.getRangeAxis();
    assertArrayEquals(new String[] {"Swimming (n = 34)", "Golf (n = 12)"}, labels.getSymbols());
    assertTrue(labels.isInverted());
    ValueMarker zero = (ValueMarker) plot.getDomainMarkers(Layer.BACKGROUND).iterator().next();
    assertEquals(0.0, zero.getValue());
    // Symmetric around zero, past the widest interval end: 1.5 * 1.1 = 1.65, up to a half: 2.
    assertEquals(2.0, plot.getDomainAxis().getUpperBound());
    assertEquals(-2.0, plot.getDomainAxis().getLowerBound());
  }

  @Test
  void drawsTheUnadjustedEstimateBesideTheAdjustedOneInGreyWithAnotherMarkerAndDashes() {
    List<ForestRow> rows =
        List.of(
            new ForestRow(
                "Walking", -0.06, -0.13, 0.01, 30, new ForestRow("Walking", 0.19, 0.06, 0.33, 28)),
            new ForestRow("Golf", 0.94, 0.6, 1.28, 5));
    XYPlot plot = plot(CohortCharts.forest(rows));
    IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
    assertEquals(Forest.SERIES, data.getSeriesKey(0));
    assertEquals(Forest.UNADJUSTED, data.getSeriesKey(1));
    assertEquals(2, data.getItemCount(0));
    // One unadjusted estimate, a little below Walking's row (row 0).
    assertEquals(1, data.getItemCount(1));
    assertEquals(0.19, data.getXValue(1, 0));
    assertEquals(0.06, data.getStartXValue(1, 0));
    assertEquals(0.33, data.getEndXValue(1, 0));
    assertEquals(Forest.OFFSET, data.getYValue(1, 0));
    assertArrayEquals(
        new String[] {"Walking (n = 30; unadjusted 28)", "Golf (n = 5)"},
        ((SymbolAxis) plot.getRangeAxis()).getSymbols());
    XYItemRenderer r = plot.getRenderer();
    // Black and white: grey, a circle rather than a square, and a dashed interval.
    assertEquals(ChartStyle.INK, r.getSeriesPaint(0));
    assertEquals(ChartStyle.POINT, r.getSeriesPaint(1));
    assertEquals(ChartStyle.SQUARE, r.getSeriesShape(0));
    assertEquals(ChartStyle.DOT, r.getSeriesShape(1));
    assertEquals(ChartStyle.DASHED, r.getSeriesStroke(1));
    String svg = ChartImages.svg(CohortCharts.forest(rows), 900, 300, "f");
    assertTrue(svg.contains("stroke-dasharray"), svg);
    assertTrue(svg.contains("rgb(107,107,107)"), svg);
  }

  @Test
  void sortsTheWaterfallAndSplitsItAtMinusThirtyPercentAsPrinted() {
    List<Double> changes = Arrays.asList(-50.0, 10.0, Double.NaN, -29.996, -29.994, null, 25.0);
    JFreeChart chart = CohortCharts.waterfall(changes);
    XYDataset data = plot(chart).getDataset();
    assertEquals(Waterfall.OTHERS, data.getSeriesKey(0));
    assertEquals(Waterfall.IMPROVED, data.getSeriesKey(1));
    // Sorted from the largest increase: 25, 10, -29.994, -29.996 (prints -30.00), -50.
    assertEquals(List.of(1.0, 25.0, 2.0, 10.0, 3.0, -29.994), items(data, 0));
    assertEquals(List.of(4.0, -29.996, 5.0, -50.0), items(data, 1));
    List<ValueMarker> lines = new ArrayList<>();
    for (Object m : plot(chart).getRangeMarkers(Layer.FOREGROUND)) {
      lines.add((ValueMarker) m);
    }
    assertEquals(-30.0, lines.get(1).getValue());
    assertEquals(
        "5 patients with a pain change, 2 at or below -30 %; 2 without a change not shown",
        ((TextTitle) chart.getSubtitle(1)).getText());
  }

  @Test
  void drawsTheMeanTrajectoryWithItsQuartilesAndASample() {
    List<WeeklyPain> weeks =
        List.of(new WeeklyPain(0, 20, 6.5, 5, 8), new WeeklyPain(1, 19, 6, 4.5, 7));
    JFreeChart chart =
        CohortCharts.trajectories(
            weeks, List.of(new PatientWeeks(new double[] {7, Double.NaN, 5})));
    IntervalXYDataset summary = (IntervalXYDataset) plot(chart).getDataset(0);
    assertEquals(Trajectories.MEAN, summary.getSeriesKey(0));
    assertEquals(6.0, summary.getYValue(0, 1));
    assertEquals(4.5, summary.getStartYValue(0, 1));
    assertEquals(7.0, summary.getEndYValue(0, 1));
    XYDataset sample = plot(chart).getDataset(1);
    assertEquals(3, sample.getItemCount(0));
    assertTrue(Double.isNaN(sample.getYValue(0, 1)));
    assertEquals(3, plot(chart).getFixedLegendItems().getItemCount());
    assertEquals(2, plot(CohortCharts.trajectories(weeks)).getFixedLegendItems().getItemCount());
  }

  @Test
  void drawsEachSiteShareWithItsWilsonInterval() {
    List<SiteShare> sites =
        List.of(
            new SiteShare("North", 22, 11, 0.3074, 0.6926),
            new SiteShare("South", 10, 2, 0.0567, 0.5098));
    XYPlot plot = plot(CohortCharts.respondersBySite(sites));
    IntervalXYDataset data = (IntervalXYDataset) plot.getDataset(0);
    assertEquals(50.0, data.getYValue(0, 0));
    assertEquals(30.74, data.getStartYValue(0, 0), 1e-9);
    assertEquals(69.26, data.getEndYValue(0, 0), 1e-9);
    assertEquals(20.0, data.getYValue(0, 1));
    assertArrayEquals(
        new String[] {"North (11 of 22)", "South (2 of 10)"},
        ((SymbolAxis) plot.getDomainAxis()).getSymbols());
    assertEquals(data, plot.getDataset(1));
  }

  @Test
  void saysWhatIsMissingWhenGivenNothing() {
    assertEquals(
        List.of("no activity with an adjusted estimate for enough patients"),
        notes(CohortCharts.forest(List.of())));
    assertEquals(
        List.of("no patient with a pain change"), notes(CohortCharts.waterfall(List.of())));
    assertEquals(
        List.of("no week with pain from enough patients"),
        notes(CohortCharts.trajectories(List.of())));
    assertEquals(
        List.of("no site with enough patients"), notes(CohortCharts.respondersBySite(List.of())));
    for (JFreeChart chart :
        List.of(
            CohortCharts.forest(List.of()),
            CohortCharts.waterfall(List.of()),
            CohortCharts.trajectories(List.of()),
            CohortCharts.respondersBySite(List.of()))) {
      assertTrue(ChartImages.svg(chart, 600, 300, "c").endsWith("</svg>"));
    }
  }

  @Test
  void rejectsInputsThatCannotBeDrawn() {
    assertEquals(
        "Golf: interval 0.5 .. 1.5 does not hold the estimate 0.2",
        assertThrows(IllegalArgumentException.class, () -> new ForestRow("Golf", 0.2, 0.5, 1.5, 3))
            .getMessage());
    assertEquals(
        "North: 12 improved of 10 is not a count of patients",
        assertThrows(IllegalArgumentException.class, () -> new SiteShare("North", 10, 12, 0, 1))
            .getMessage());
    assertEquals(
        "week 3: mean and quartiles must be finite, quartiles in order",
        assertThrows(IllegalArgumentException.class, () -> new WeeklyPain(3, 5, 5, 6, 4))
            .getMessage());
  }

  @Test
  void copiesPatientWeeks() {
    double[] pain = {1, 2};
    PatientWeeks weeks = new PatientWeeks(pain);
    pain[0] = 9;
    assertEquals(1.0, weeks.pain()[0]);
    assertEquals(new PatientWeeks(new double[] {1, 2}), weeks);
  }

  private static List<Double> items(XYDataset data, int series) {
    List<Double> items = new ArrayList<>();
    for (int i = 0; i < data.getItemCount(series); i++) {
      items.add(data.getXValue(series, i));
      items.add(data.getYValue(series, i));
    }
    return items;
  }

  private static List<String> notes(JFreeChart chart) {
    List<String> notes = new ArrayList<>();
    for (XYAnnotation a : plot(chart).getAnnotations()) {
      notes.add(((XYTextAnnotation) a).getText());
    }
    return notes;
  }
}
