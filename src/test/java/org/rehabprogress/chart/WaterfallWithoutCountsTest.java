package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** The cohort page's waterfall: the same bars, no count of patients in a subtitle. */
class WaterfallWithoutCountsTest {

  private static final List<Double> CHANGES = Arrays.asList(-45.0, -31.0, 12.5, Double.NaN, null);

  @Test
  void keepsTheBarsTitleAndLegendButNoCount() {
    JFreeChart counted = CohortCharts.waterfall(CHANGES);
    JFreeChart chart = CohortCharts.waterfallWithoutCounts(CHANGES);
    assertEquals(counted.getTitle().getText(), chart.getTitle().getText());
    assertEquals(
        counted.getXYPlot().getDataset().getSeriesCount(),
        chart.getXYPlot().getDataset().getSeriesCount());
    assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof LegendTitle));
    assertFalse(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle));
    String svg = ChartImages.svg(chart, 600, 300, "w");
    assertFalse(svg.contains("at or below -30 %;"), svg);
    assertFalse(svg.contains("patients with a pain change"), svg);
  }
}
