package org.rehabprogress.pipeline;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.chart.ChartImages;
import org.rehabprogress.chart.PatientCharts;
import org.rehabprogress.chart.Sparkline;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.report.ChartSvgs;

/** Draws the report's charts with the chart package, at the sizes the pages show them. */
public final class ChartDrawing implements ReportCharts {

  /** The one instance: it holds no state. */
  public static final ChartDrawing INSTANCE = new ChartDrawing();

  // Pixel sizes: the pages scale the SVG to their width (about 1150 px on screen).
  static final int WIDTH = 1100;
  static final int TIMELINE_HEIGHT = 560;
  static final int WEEKLY_HEIGHT = 260;
  static final int NEXT_DAY_WIDTH = 760;
  static final int NEXT_DAY_HEIGHT = 340;

  private ChartDrawing() {}

  @Override
  public DrawnCharts draw(PatientResult result, List<PatientEvent> events, boolean png) {
    JFreeChart timeline = PatientCharts.timeline(result, events);
    JFreeChart weekly = PatientCharts.weeklyMinutes(result);
    JFreeChart nextDay = PatientCharts.nextDayPain(result);
    ChartSvgs svg =
        new ChartSvgs(
            ChartImages.svg(timeline, WIDTH, TIMELINE_HEIGHT, "timeline"),
            ChartImages.svg(weekly, WIDTH, WEEKLY_HEIGHT, "weekly"),
            ChartImages.svg(nextDay, NEXT_DAY_WIDTH, NEXT_DAY_HEIGHT, "nextday"));
    if (!png) {
      return new DrawnCharts(svg, null, null, null);
    }
    return new DrawnCharts(
        svg,
        ChartImages.png(timeline, WIDTH, TIMELINE_HEIGHT),
        ChartImages.png(weekly, WIDTH, WEEKLY_HEIGHT),
        ChartImages.png(nextDay, NEXT_DAY_WIDTH, NEXT_DAY_HEIGHT));
  }

  @Override
  public String sparkline(PatientResult result, String defsPrefix) {
    return Sparkline.svg(result, defsPrefix);
  }
}
