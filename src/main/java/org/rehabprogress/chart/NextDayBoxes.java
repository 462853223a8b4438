package org.rehabprogress.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.Statistics;
import org.rehabprogress.analysis.Exposure;
import org.rehabprogress.analysis.NextDayPain;
import org.rehabprogress.analysis.PatientResult;

/**
 * Next-day pain by the exposure of the day before, as box plots with the mean marked; each category
 * names its group and its number of days, and a group under {@link NextDayPain#MIN_DAYS} days gets
 * no box (its mean is none in the report too).
 */
final class NextDayBoxes {

  /** The groups in the order drawn: the two the comparison is about first. */
  static final List<Exposure> ORDER =
      List.of(Exposure.LOW_IMPACT, Exposure.FLAGGED, Exposure.OTHER, Exposure.REST);

  static final String ROW = "next-day pain";

  static final String MEAN = "mean";

  private NextDayBoxes() {}

  static JFreeChart of(PatientResult result) {
    DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
    DefaultCategoryDataset means = new DefaultCategoryDataset();
    boolean any = false;
    for (Exposure exposure : ORDER) {
      NextDayPain group = result.nextDay(exposure);
      String label = category(exposure, group.days());
      if (group.days() >= NextDayPain.MIN_DAYS) {
        dataset.add(box(group), ROW, label);
        means.addValue(group.mean(), MEAN, label);
        any = true;
      } else {
        dataset.add(
            new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of()),
            ROW,
            label);
        // Every category in both datasets: the mean renderer places items by column index.
        means.addValue(null, MEAN, label);
      }
    }
    CategoryAxis groups = ChartStyle.axis(new CategoryAxis("the day before"));
    groups.setMaximumCategoryLabelLines(3);
    NumberAxis pain = new ScaleAxis("next-day pain (0-10)", -0.3, 10.3, 0, 10);
    CategoryPlot plot = new CategoryPlot(dataset, groups, pain, boxes());
    plot.setDataset(1, means);
    plot.setRenderer(1, meanMarks());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(ChartStyle.EDGE);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(ChartStyle.HAIRLINE);
    if (!any) {
      CategoryTextAnnotation note =
          new CategoryTextAnnotation(
              "fewer than 3 days with next-day pain in every group",
              category(ORDER.get(1), result.nextDay(ORDER.get(1)).days()),
              5);
      note.setCategoryAnchor(CategoryAnchor.END);
      note.setFont(ChartStyle.NOTE);
      note.setPaint(ChartStyle.INK);
      plot.addAnnotation(note, false);
    }
    JFreeChart chart =
        ChartStyle.chart(
            result.patientId() + ": pain on the next day, by the day before", plot, false);
    TextTitle key =
        new TextTitle(
            "box: middle half of the days; line in the box: median; diamond: mean;"
                + " whiskers: lowest and highest day",
            ChartStyle.SMALL);
    key.setPosition(RectangleEdge.BOTTOM);
    key.setHorizontalAlignment(HorizontalAlignment.LEFT);
    key.setPaint(ChartStyle.INK);
    chart.addSubtitle(key);
    return chart;
  }

  /** Returns a group's category label: its name, then its number of days on a second line. */
  static String category(Exposure exposure, int days) {
    String name =
        switch (exposure) {
          case LOW_IMPACT -> "low-impact activity";
          case FLAGGED -> "flagged activity";
          case OTHER -> "other activity only";
          case REST -> "rest (no activity)";
        };
    String count = "n = " + days + (days == 1 ? " day" : " days");
    return name + "\n" + count + (days < NextDayPain.MIN_DAYS ? "\ntoo few to show" : "");
  }

  /**
   * Returns a group's box: quartiles and median as JFreeChart computes them, whiskers from the
   * lowest to the highest day (no outliers: with a few dozen days every value is worth seeing in
   * the range).
   */
  static BoxAndWhiskerItem box(NextDayPain group) {
    List<Double> values = new ArrayList<>(group.days());
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double v : group.values()) {
      values.add(v);
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    Collections.sort(values);
    return new BoxAndWhiskerItem(
        group.mean(),
        Statistics.calculateMedian(values, false),
        BoxAndWhiskerCalculator.calculateQ1(values),
        BoxAndWhiskerCalculator.calculateQ3(values),
        low,
        high,
        low,
        high,
        List.of());
  }

  private static LineAndShapeRenderer meanMarks() {
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, ChartStyle.DIAMOND);
    renderer.setUseFillPaint(true);
    renderer.setSeriesFillPaint(0, Color.WHITE);
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(true);
    renderer.setSeriesOutlinePaint(0, ChartStyle.INK);
    renderer.setSeriesOutlineStroke(0, ChartStyle.MEAN_OUTLINE);
    renderer.setSeriesVisibleInLegend(0, false);
    return renderer;
  }

  private static BoxAndWhiskerRenderer boxes() {
    BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
    renderer.setFillBox(true);
    renderer.setSeriesPaint(0, new Color(0xD4D4D4));
    renderer.setSeriesOutlinePaint(0, ChartStyle.INK);
    renderer.setSeriesOutlineStroke(0, ChartStyle.THIN);
    renderer.setUseOutlinePaintForWhiskers(true);
    renderer.setArtifactPaint(ChartStyle.INK);
    // The mean is drawn by its own renderer: this one's mean is a disc as wide as half the box.
    renderer.setMeanVisible(false);
    renderer.setMedianVisible(true);
    renderer.setMaximumBarWidth(0.14);
    renderer.setWhiskerWidth(0.6);
    renderer.setDefaultSeriesVisibleInLegend(false);
    return renderer;
  }
}
