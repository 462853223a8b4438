package org.rehabprogress.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
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

  private NextDayBoxes() {}

  static JFreeChart of(PatientResult result) {
    DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
    boolean any = false;
    for (Exposure exposure : ORDER) {
      NextDayPain group = result.nextDay(exposure);
      String label = category(exposure, group.days());
      if (group.days() >= NextDayPain.MIN_DAYS) {
        List<Double> values = new ArrayList<>(group.days());
        for (double v : group.values()) {
          values.add(v);
        }
        dataset.add(BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(values), ROW, label);
        any = true;
      } else {
        dataset.add(
            new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of()),
            ROW,
            label);
      }
    }
    CategoryAxis groups = ChartStyle.axis(new CategoryAxis("the day before"));
    groups.setMaximumCategoryLabelLines(2);
    NumberAxis pain =
        new ScaleAxis(
            "next-day pain (0-10)", -0.3, 10.3, 0, 10, NumberAxis.createIntegerTickUnits());
    CategoryPlot plot = new CategoryPlot(dataset, groups, pain, boxes());
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
            "box: middle half of the days; line: median; dot: mean; whiskers: the rest up to 1.5"
                + " box heights; circles: days beyond",
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
    return name + "\n" + count + (days < NextDayPain.MIN_DAYS ? ", too few" : "");
  }

  private static BoxAndWhiskerRenderer boxes() {
    BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
    renderer.setFillBox(true);
    renderer.setSeriesPaint(0, new Color(0xD4D4D4));
    renderer.setSeriesOutlinePaint(0, ChartStyle.INK);
    renderer.setSeriesOutlineStroke(0, ChartStyle.THIN);
    renderer.setUseOutlinePaintForWhiskers(true);
    renderer.setArtifactPaint(ChartStyle.INK);
    renderer.setMeanVisible(true);
    renderer.setMedianVisible(true);
    renderer.setMaximumBarWidth(0.14);
    renderer.setWhiskerWidth(0.6);
    renderer.setDefaultSeriesVisibleInLegend(false);
    return renderer;
  }
}
