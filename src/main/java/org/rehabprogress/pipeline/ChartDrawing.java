package org.rehabprogress.pipeline;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.chart.ChartImages;
import org.rehabprogress.chart.PatientCharts;
import org.rehabprogress.chart.Sparkline;
import org.rehabprogress.pdf.Drawing;
import org.rehabprogress.report.ChartSvgs;
import org.rehabprogress.report.PatientContext;

/** Draws the report's charts with the chart package, at the sizes the pages show them. */
public final class ChartDrawing implements ReportCharts {

  /** The one instance: it holds no state. */
  public static final ChartDrawing INSTANCE = new ChartDrawing();

  // Pixel sizes, about the width of a printed A4 page (190 mm is 718 CSS px), so that chart text
  // prints at 8 pt or more (11 px); on screen the pages scale the SVG up to 1000 px.
  static final int WIDTH = 720;
  static final int TIMELINE_HEIGHT = 500;
  static final int WEEKLY_HEIGHT = 230;
  static final int NEXT_DAY_WIDTH = 720;
  static final int NEXT_DAY_HEIGHT = 320;

  /** How much larger a chart is drawn in the PDF than laid out (see {@link #scaled}). */
  static final double PDF_SCALE = 1.1;

  private ChartDrawing() {}

  @Override
  public DrawnCharts draw(PatientResult result, PatientContext context, boolean png, boolean pdf) {
    JFreeChart timeline = PatientCharts.timeline(result, context.events());
    JFreeChart weekly = PatientCharts.weeklyMinutes(result, context.daysWithoutMinutes());
    JFreeChart nextDay = PatientCharts.nextDayPain(result);
    ChartSvgs svg =
        new ChartSvgs(
            ChartImages.svg(timeline, WIDTH, TIMELINE_HEIGHT, "timeline"),
            ChartImages.svg(weekly, WIDTH, WEEKLY_HEIGHT, "weekly"),
            ChartImages.svg(nextDay, NEXT_DAY_WIDTH, NEXT_DAY_HEIGHT, "nextday"));
    Drawing timelinePdf = pdf ? scaled(PatientCharts.painTimeline(result, context.events())) : null;
    if (!png) {
      return new DrawnCharts(svg, null, null, null, timelinePdf);
    }
    return new DrawnCharts(
        svg,
        ChartImages.png(timeline, WIDTH, TIMELINE_HEIGHT),
        ChartImages.png(weekly, WIDTH, WEEKLY_HEIGHT),
        ChartImages.png(nextDay, NEXT_DAY_WIDTH, NEXT_DAY_HEIGHT),
        timelinePdf);
  }

  /**
   * Returns a chart as a PDF drawing, laid out on a box {@link #PDF_SCALE} times smaller and scaled
   * up to fill it, so that the chart's smallest text (10 px) prints at 8 pt or more.
   */
  static Drawing scaled(JFreeChart chart) {
    return (g, width, height) -> {
      g.scale(PDF_SCALE, PDF_SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, width / PDF_SCALE, height / PDF_SCALE));
    };
  }

  @Override
  public String sparkline(PatientResult result, String defsPrefix) {
    return Sparkline.svg(result, defsPrefix);
  }
}
