package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.analysis.DailySeries;
import org.rehabprogress.analysis.FlaggedDay;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.ingest.PatientEvent;

/** The symptom timeline, checked through its datasets, markers and notes. */
class TimelineTest {

  private static XYPlot subplot(JFreeChart chart, int index) {
    return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(index);
  }

  private static double noon(String date) {
    return LocalDate.parse(date).toEpochDay() * 86_400_000.0 + 43_200_000.0;
  }

  @Test
  void plotsDailyPainAndItsRollingMean() {
    PatientResult result = Patients.september(6);
    XYPlot pain = subplot(PatientCharts.timeline(result, List.of()), Timeline.PAIN);
    XYDataset dots = pain.getDataset(0);
    assertEquals("pain", dots.getSeriesKey(0));
    assertEquals(14, dots.getItemCount(0));
    assertEquals(noon("2026-09-01"), dots.getXValue(0, 0));
    assertEquals(6.0, dots.getYValue(0, 0));
    assertEquals(noon("2026-09-24"), dots.getXValue(0, 7));
    assertEquals(4.0, dots.getYValue(0, 7));
    XYDataset mean = pain.getDataset(1);
    assertEquals("pain, 7-day mean", mean.getSeriesKey(0));
    DailySeries series = result.series();
    double[] expected = series.painMean7();
    assertEquals(series.length(), mean.getItemCount(0));
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], mean.getYValue(0, i), "day " + i);
    }
    // 4 of 7 days: the mean exists from the 4th day; from 8 September on the week is empty.
    assertTrue(Double.isNaN(mean.getYValue(0, 2)));
    assertEquals(6.0, mean.getYValue(0, 3));
    assertTrue(Double.isNaN(mean.getYValue(0, 10)));
  }

  @Test
  void plotsAnxietyAndSleepOnTheirOwnPlots() {
    JFreeChart chart = PatientCharts.timeline(Patients.september(6), List.of());
    XYDataset anxiety = subplot(chart, Timeline.ANXIETY).getDataset(0);
    assertEquals("anxiety", anxiety.getSeriesKey(0));
    assertEquals(6.0, anxiety.getYValue(0, 1));
    XYDataset sleep = subplot(chart, Timeline.SLEEP).getDataset(0);
    assertEquals("sleep", sleep.getSeriesKey(0));
    assertEquals(6.5, sleep.getYValue(0, 1));
    assertEquals("sleep (hours)", subplot(chart, Timeline.SLEEP).getRangeAxis().getLabel());
  }

  @ParameterizedTest
  @CsvSource({
    // baseline, lower and upper: baseline -+ min(2, 0.3 * baseline) from a baseline of 4.0 or
    // more, else baseline -+ 2 (the 30 % route needs baseline >= 4.0, both ways)
    "6, 4.2, 7.8",
    "8, 6, 10",
    "4, 2.8, 5.2",
    "3.99, 1.99, 5.99",
    "3, 1, 5",
    "10, 8, 12",
  })
  void drawsTheClinicallyImportantChangeBandAroundBaseline(
      double baseline, double lower, double upper) {
    XYPlot pain = subplot(PatientCharts.timeline(Patients.september(baseline), List.of()), 1);
    List<IntervalMarker> bands = of(pain.getRangeMarkers(Layer.BACKGROUND), IntervalMarker.class);
    assertEquals(1, bands.size());
    assertEquals(lower, bands.get(0).getStartValue(), 1e-12);
    assertEquals(upper, bands.get(0).getEndValue(), 1e-12);
    List<ValueMarker> lines = of(pain.getRangeMarkers(Layer.BACKGROUND), ValueMarker.class);
    assertEquals(baseline, lines.get(0).getValue());
    assertEquals(
        "baseline, pain " + String.format(java.util.Locale.ROOT, "%.2f", baseline),
        texts(subplot(PatientCharts.timeline(Patients.september(baseline), List.of()), 0)).get(0));
  }

  @Test
  void drawsNoBandWithoutBaseline() {
    XYPlot pain = subplot(PatientCharts.timeline(Patients.nothingButAWalk(), List.of()), 1);
    assertEquals(null, pain.getRangeMarkers(Layer.BACKGROUND));
  }

  @Test
  void marksEachFlaggedDay() {
    PatientResult result = Patients.september(6);
    XYDataset flagged = subplot(PatientCharts.timeline(result, List.of()), 1).getDataset(2);
    List<FlaggedDay> days = result.flaggedDays();
    assertEquals(2, days.size());
    assertEquals(days.size(), flagged.getItemCount(0));
    for (int i = 0; i < days.size(); i++) {
      assertEquals(noon(days.get(i).date().toString()), flagged.getXValue(0, i));
      assertEquals(Timeline.FLAG_ROW, flagged.getYValue(0, i));
    }
  }

  @Test
  void marksEventsOnEveryPlotAndLabelsThemInTheLane() {
    List<PatientEvent> events =
        List.of(
            Patients.event("2026-08-20", "before the first day"),
            Patients.event("2026-09-05", "physiotherapy start"),
            Patients.event("2026-09-15", "injection"),
            Patients.event("2026-10-02", "after the end"));
    JFreeChart chart = PatientCharts.timeline(Patients.september(6), events);
    for (int p = 0; p < 4; p++) {
      List<ValueMarker> lines =
          of(subplot(chart, p).getDomainMarkers(Layer.FOREGROUND), ValueMarker.class);
      assertEquals(List.of(noon("2026-09-05"), noon("2026-09-15")), values(lines), "plot " + p);
    }
    assertEquals(
        List.of(
            "baseline, pain 6.00", "current, pain 4.00", "physiotherapy sta\u2026", "injection"),
        texts(subplot(chart, Timeline.LANE)));
  }

  @Test
  void setsNearbyEventLabelsInDifferentRows() {
    List<PatientEvent> events =
        List.of(
            Patients.event("2026-09-10", "medication change"),
            Patients.event("2026-09-11", "injection"),
            Patients.event("2026-09-25", "physiotherapy"));
    XYPlot lane = subplot(PatientCharts.timeline(Patients.september(6), events), Timeline.LANE);
    List<Double> rows = new ArrayList<>();
    for (XYAnnotation a : lane.getAnnotations()) {
      rows.add(((XYTextAnnotation) a).getY());
    }
    // Window names on the top row, then the first two events on rows 1 and 2, the third on row 1.
    assertEquals(List.of(3.5, 3.5, 2.5, 1.5, 2.5), rows);
  }

  @Test
  void keepsLabelsNearTheEdgesInsideThePlot() {
    List<PatientEvent> events = List.of(Patients.event("2026-09-29", "medication change"));
    XYPlot lane = subplot(PatientCharts.timeline(Patients.september(6), events), Timeline.LANE);
    List<TextAnchor> anchors = new ArrayList<>();
    for (XYAnnotation a : lane.getAnnotations()) {
      anchors.add(((XYTextAnnotation) a).getTextAnchor());
    }
    assertEquals(List.of(TextAnchor.CENTER, TextAnchor.CENTER, TextAnchor.CENTER_RIGHT), anchors);
    XYTextAnnotation event = (XYTextAnnotation) lane.getAnnotations().get(2);
    assertEquals(noon("2026-09-29") - 0.6 * 86_400_000, event.getX());
  }

  @ParameterizedTest
  @CsvSource({
    "injection, injection",
    "'  medication   change ', medication change",
    "started physiotherapy twice weekly, started physiothe\u2026",
  })
  void cutsEventLabelsToEighteenCharacters(String event, String label) {
    assertEquals(label, EventLane.label(event));
  }

  @Test
  void shadesTheBaselineAndCurrentWindows() {
    PatientResult result = Patients.september(6);
    XYPlot pain = subplot(PatientCharts.timeline(result, List.of()), Timeline.PAIN);
    List<IntervalMarker> windows =
        of(pain.getDomainMarkers(Layer.BACKGROUND), IntervalMarker.class);
    assertEquals(2, windows.size());
    assertEquals(noon("2026-09-01") - 43_200_000.0, windows.get(0).getStartValue());
    assertEquals(noon("2026-09-14") + 43_200_000.0, windows.get(0).getEndValue());
    assertEquals(noon("2026-09-17") - 43_200_000.0, windows.get(1).getStartValue());
    assertEquals(noon("2026-09-30") + 43_200_000.0, windows.get(1).getEndValue());
  }

  @Test
  void saysWhatIsMissingForAPatientWithoutSymptoms() {
    JFreeChart chart = PatientCharts.timeline(Patients.nothingButAWalk(), List.of());
    assertEquals(List.of("no pain entries in this period"), texts(subplot(chart, Timeline.PAIN)));
    assertEquals(
        List.of("no anxiety entries in this period"), texts(subplot(chart, Timeline.ANXIETY)));
    assertEquals(List.of("no sleep entries in this period"), texts(subplot(chart, Timeline.SLEEP)));
    assertTrue(ChartImages.svg(chart, 1000, 500, "e").contains("no pain entries in this period"));
  }

  private static <T extends Marker> List<T> of(Collection<?> markers, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (markers != null) {
      for (Object marker : markers) {
        if (type.isInstance(marker)) {
          found.add(type.cast(marker));
        }
      }
    }
    return found;
  }

  private static List<Double> values(List<ValueMarker> markers) {
    List<Double> values = new ArrayList<>();
    for (ValueMarker marker : markers) {
      values.add(marker.getValue());
    }
    return values;
  }

  private static List<String> texts(XYPlot plot) {
    List<String> texts = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      texts.add(((XYTextAnnotation) a).getText());
    }
    return texts;
  }
}
