package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.TableXYDataset;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.catalog.ActivityClass;

/** Weekly activity minutes, stacked by class, in weeks counted back from the end day. */
class WeeklyMinutesTest {

  private static final double DAY = 86_400_000.0;

  @Test
  void sumsMinutesPerClassInWeeksEndingOnTheEndDay() {
    JFreeChart chart =
        PatientCharts.weeklyMinutes(
            new LogBuilder()
                .pain("2026-09-01", 5)
                .activity("2026-09-02", "swimming", ActivityClass.LOW_IMPACT, 40)
                .activity("2026-09-09", "swimming", ActivityClass.LOW_IMPACT, 30)
                .activity("2026-09-10", "swimming", ActivityClass.LOW_IMPACT, 20)
                .activity("2026-09-10", "golf", ActivityClass.FLAGGED, 90)
                .activity("2026-09-24", "gardening", ActivityClass.NEUTRAL, 25)
                .activity("2026-09-30", "pottery", ActivityClass.UNCLASSIFIED, 15)
                .september());
    TableXYDataset data = (TableXYDataset) ((XYPlot) chart.getPlot()).getDataset();
    assertEquals(List.of("low-impact", "neutral or unclassified", "flagged (hatched)"), keys(data));
    // 30 days, 5 weeks back from 30 September: 27 Aug-2 Sep, 3-9, 10-16, 17-23, 24-30 Sep.
    assertEquals(5, data.getItemCount());
    double[][] expected = {
      {40, 30, 20, 0, 0},
      {0, 0, 0, 0, 40},
      {0, 0, 90, 0, 0},
    };
    for (int s = 0; s < 3; s++) {
      for (int w = 0; w < 5; w++) {
        assertEquals(expected[s][w], data.getYValue(s, w), "series " + s + " week " + w);
      }
    }
    LocalDate lastWeek = LocalDate.parse("2026-09-24");
    assertEquals(lastWeek.toEpochDay() * DAY + 3.5 * DAY, data.getXValue(0, 4));
    assertEquals("minutes per week", ((XYPlot) chart.getPlot()).getRangeAxis().getLabel());
  }

  @Test
  void saysSoWhenNoActivityHasMinutes() {
    JFreeChart chart = PatientCharts.weeklyMinutes(Patients.nothingButAWalk());
    List<String> notes = new ArrayList<>();
    for (XYAnnotation a : ((XYPlot) chart.getPlot()).getAnnotations()) {
      notes.add(((XYTextAnnotation) a).getText());
    }
    assertEquals(List.of("no activity minutes in this period"), notes);
    ChartImages.svg(chart, 1000, 300, "w");
  }

  private static List<Object> keys(TableXYDataset data) {
    List<Object> keys = new ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      keys.add(data.getSeriesKey(s));
    }
    return keys;
  }

  @Test
  void marksTheWeeksWithMinutesUnknown() {
    LogBuilder log =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .activity("2026-09-02", "walking", ActivityClass.LOW_IMPACT, 40)
            .activity("2026-09-11", "swimming", ActivityClass.LOW_IMPACT, Double.NaN)
            .activity("2026-09-12", "swimming", ActivityClass.LOW_IMPACT, Double.NaN);
    JFreeChart chart =
        PatientCharts.weeklyMinutes(
            log.september(), List.of(LocalDate.parse("2026-09-11"), LocalDate.parse("2026-09-12")));
    List<XYTextAnnotation> marks = new ArrayList<>();
    for (XYAnnotation a : ((XYPlot) chart.getPlot()).getAnnotations()) {
      marks.add((XYTextAnnotation) a);
    }
    // Both days fall in the week 10-16 September, the third bar: one mark, on top of a bar of 0.
    assertEquals(1, marks.size());
    assertEquals(WeeklyMinutes.UNKNOWN_MARK, marks.get(0).getText());
    LocalDate week = LocalDate.parse("2026-09-10");
    assertEquals(week.toEpochDay() * DAY + 3.5 * DAY, marks.get(0).getX());
    assertEquals(0.0, marks.get(0).getY());
    assertEquals(
        "? above a bar: the week has activity entries without a duration; their minutes are"
            + " unknown and not in the bar",
        ((org.jfree.chart.title.TextTitle) chart.getSubtitle(1)).getText());
    // No day without minutes: no mark and no note.
    JFreeChart plain = PatientCharts.weeklyMinutes(log.september(), List.of());
    assertEquals(0, ((XYPlot) plain.getPlot()).getAnnotations().size());
    assertEquals(1, plain.getSubtitleCount());
  }
}
