package org.rehabprogress.chart;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.rehabprogress.analysis.DailySeries;
import org.rehabprogress.analysis.PatientResult;

/**
 * Weekly activity minutes stacked by class. Weeks are 7 days counted back from the end day, so the
 * last bar is the last full week; the first week may reach back before the first logged day, where
 * there is nothing to count.
 */
final class WeeklyMinutes {

  static final String LOW_IMPACT = "low-impact";
  static final String NEUTRAL = "neutral or unclassified";
  static final String FLAGGED = "flagged (hatched)";

  // Three grey levels a black-and-white print keeps apart: mid (low-impact), light (neutral) and
  // dark (flagged), in a fixed order from the bottom; flagged bars are hatched too, so that they
  // differ by pattern and not only by grey level. The hues only repeat them.
  static final Color LOW_IMPACT_FILL = new Color(0x4477AA);
  static final Color NEUTRAL_FILL = new Color(0xE0E0E0);
  static final Color FLAGGED_FILL = new Color(0x6A1B3A);

  private WeeklyMinutes() {}

  /** What marks a week with entries whose minutes are unknown, above its bar. */
  static final String UNKNOWN_MARK = "?";

  static JFreeChart of(PatientResult result, List<LocalDate> daysWithoutMinutes) {
    Set<LocalDate> unknown = new HashSet<>(daysWithoutMinutes);
    List<XYTextAnnotation> marks = new ArrayList<>();
    DailySeries series = result.series();
    int weeks = (series.length() + 6) / 7;
    LocalDate firstWeek = series.last().minusDays(7L * weeks - 1);
    XYSeries low = new XYSeries(LOW_IMPACT, false, false);
    XYSeries neutral = new XYSeries(NEUTRAL, false, false);
    XYSeries flagged = new XYSeries(FLAGGED, false, false);
    double most = 0;
    for (int w = 0; w < weeks; w++) {
      LocalDate from = firstWeek.plusDays(7L * w);
      double x = (DayAxis.startOf(from) + DayAxis.endOf(from.plusDays(6))) / 2;
      double[] sums = new double[3];
      boolean unknownMinutes = false;
      for (int d = 0; d < 7; d++) {
        unknownMinutes |= unknown.contains(from.plusDays(d));
        int i = Math.toIntExact(from.plusDays(d).toEpochDay() - series.first().toEpochDay());
        if (i >= 0) {
          sums[0] += series.lowImpactMinutes()[i];
          sums[1] += series.neutralMinutes()[i];
          sums[2] += series.flaggedMinutes()[i];
        }
      }
      low.add(x, sums[0], false);
      neutral.add(x, sums[1], false);
      flagged.add(x, sums[2], false);
      most = Math.max(most, sums[0] + sums[1] + sums[2]);
      if (unknownMinutes) {
        marks.add(mark(x, sums[0] + sums[1] + sums[2]));
      }
    }
    DefaultTableXYDataset dataset = new DefaultTableXYDataset();
    dataset.addSeries(low);
    dataset.addSeries(neutral);
    dataset.addSeries(flagged);
    dataset.setIntervalWidth(7.0 * DayAxis.DAY_MS);
    NumberAxis minutes = ChartStyle.axis(new NumberAxis("minutes per week"));
    minutes.setLowerBound(0);
    minutes.setUpperBound(most == 0 ? 60 : most * 1.08);
    XYPlot plot =
        new XYPlot(dataset, DayAxis.of("date", firstWeek, series.last()), minutes, bars());
    ChartStyle.plot(plot);
    plot.setDomainGridlinesVisible(false);
    marks.forEach(m -> plot.addAnnotation(m, false));
    if (most == 0 && marks.isEmpty()) {
      Empty.note(
          plot,
          "no activity minutes in this period",
          DayAxis.noon(
              firstWeek.plusDays((series.last().toEpochDay() - firstWeek.toEpochDay()) / 2)),
          30);
    }
    JFreeChart chart =
        ChartStyle.chart(result.patientId() + ": activity minutes per week", plot, true);
    if (!marks.isEmpty()) {
      TextTitle note =
          new TextTitle(
              UNKNOWN_MARK
                  + " above a bar: the week has activity entries without a duration; their"
                  + " minutes are unknown and not in the bar",
              ChartStyle.NOTE);
      note.setPaint(ChartStyle.INK);
      note.setPosition(RectangleEdge.BOTTOM);
      chart.addSubtitle(note);
    }
    return chart;
  }

  private static XYTextAnnotation mark(double x, double top) {
    XYTextAnnotation mark = new XYTextAnnotation(UNKNOWN_MARK, x, top);
    mark.setFont(ChartStyle.LABEL.deriveFont(Font.BOLD));
    mark.setPaint(ChartStyle.INK);
    mark.setTextAnchor(TextAnchor.BOTTOM_CENTER);
    return mark;
  }

  private static StackedXYBarRenderer bars() {
    StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
    renderer.setBarPainter(new HatchedBarPainter(2));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    Color[] fills = {LOW_IMPACT_FILL, NEUTRAL_FILL, FLAGGED_FILL};
    for (int s = 0; s < fills.length; s++) {
      renderer.setSeriesPaint(s, fills[s]);
      renderer.setSeriesOutlinePaint(s, ChartStyle.INK);
      renderer.setSeriesOutlineStroke(s, ChartStyle.HAIRLINE);
    }
    return renderer;
  }
}
