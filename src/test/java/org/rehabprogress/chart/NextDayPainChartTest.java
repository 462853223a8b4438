package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.analysis.Exposure;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.catalog.ActivityClass;

/** Next-day pain by the day before, as box plots with n in the labels and the mean marked. */
class NextDayPainChartTest {

  /** Swims on 1, 3 and 5 September (next days 4, 5, 6), golf on 7 September (next day 8). */
  private static PatientResult swimmer() {
    return new LogBuilder()
        .painDays("2026-09-01", 5, 4, 5, 5, 5, 6, 5, 8, 5)
        .activity("2026-09-01", "swimming", ActivityClass.LOW_IMPACT, 30)
        .activity("2026-09-03", "swimming", ActivityClass.LOW_IMPACT, 30)
        .activity("2026-09-05", "swimming", ActivityClass.LOW_IMPACT, 30)
        .activity("2026-09-07", "golf", ActivityClass.FLAGGED, 60)
        .september();
  }

  @Test
  void labelsEachGroupWithItsDays() {
    CategoryPlot plot = (CategoryPlot) PatientCharts.nextDayPain(swimmer()).getPlot();
    assertEquals(
        List.of(
            "low-impact activity\nn = 3 days",
            "flagged activity\nn = 1 day\ntoo few to show",
            "other activity only\nn = 0 days\ntoo few to show",
            "rest (no activity)\nn = 4 days"),
        plot.getDataset(0).getColumnKeys());
  }

  @Test
  void drawsBoxesFromTheNextDayValuesAndMarksTheMean() {
    CategoryPlot plot = (CategoryPlot) PatientCharts.nextDayPain(swimmer()).getPlot();
    BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot.getDataset(0);
    // After swimming: 4, 5, 6.
    assertEquals(5.0, boxes.getMedianValue(0, 0).doubleValue());
    assertEquals(4.0, boxes.getMinRegularValue(0, 0).doubleValue());
    assertEquals(6.0, boxes.getMaxRegularValue(0, 0).doubleValue());
    assertTrue(boxes.getOutliers(0, 0).isEmpty());
    assertNull(boxes.getQ1Value(0, 1));
    CategoryDataset means = plot.getDataset(1);
    assertEquals(5.0, means.getValue(0, 0).doubleValue());
    assertNull(means.getValue(0, 1));
    // After rest days 2, 4, 6, 8 September: 5, 5, 5, 5.
    assertEquals(5.0, means.getValue(0, 3).doubleValue());
    assertEquals(plot.getDataset(0).getColumnKeys(), means.getColumnKeys());
  }

  @ParameterizedTest
  @CsvSource({
    "LOW_IMPACT, 0, 'low-impact activity\nn = 0 days\ntoo few to show'",
    "FLAGGED, 2, 'flagged activity\nn = 2 days\ntoo few to show'",
    "OTHER, 3, 'other activity only\nn = 3 days'",
    "REST, 40, 'rest (no activity)\nn = 40 days'",
  })
  void namesTheGroupAndItsNumberOfDays(Exposure exposure, int days, String label) {
    assertEquals(label, NextDayBoxes.category(exposure, days));
  }

  @Test
  void saysSoWhenEveryGroupHasTooFewDays() {
    JFreeChart chart = PatientCharts.nextDayPain(Patients.nothingButAWalk());
    CategoryTextAnnotation note =
        (CategoryTextAnnotation) ((CategoryPlot) chart.getPlot()).getAnnotations().get(0);
    assertEquals("fewer than 3 days with next-day pain in every group", note.getText());
    ChartImages.svg(chart, 700, 400, "n");
  }
}
