package org.rehabprogress.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.rehabprogress.analysis.DailySeries;
import org.rehabprogress.analysis.Outcome;
import org.rehabprogress.analysis.Window;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.stats.Round;

/**
 * The timeline's top lane: the names of the baseline and current windows with their mean pain (the
 * two figures behind the verdict), and a short label for each event, set in rows so that
 * neighbouring labels do not overlap (where every row is taken, the event keeps its line without a
 * label); and the dashed event lines drawn through every plot of the timeline.
 */
final class EventLane {

  /** The longest event label, in characters; longer text is cut with an ellipsis. */
  static final int LABEL_CHARS = 18;

  /** Rows of event labels below the row of window names. */
  static final int EVENT_ROWS = 3;

  // Label widths in days are estimated for a plot about 630 pixels wide with 7.2-pixel characters
  // (11 px text; 6.6 let labels of digits and arrows touch): the timeline is drawn 720 pixels wide,
  // the width of a printed page; a narrower drawing may let labels touch.
  private static final double PLOT_PIXELS = 630;
  private static final double CHAR_PIXELS = 7.2;

  private EventLane() {}

  /** Returns the lane plot for the days of {@code series}. */
  static XYPlot of(DailySeries series, List<PatientEvent> events, Outcome pain) {
    NumberAxis axis = ChartStyle.axis(new NumberAxis("events"));
    axis.setRange(0, EVENT_ROWS + 1.0);
    axis.setTickLabelsVisible(false);
    axis.setTickMarksVisible(false);
    axis.setAxisLineVisible(false);
    axis.setLabelFont(ChartStyle.SMALL);
    XYPlot lane = new XYPlot(null, null, axis, null);
    ChartStyle.plot(lane);
    lane.setRangeGridlinesVisible(false);
    lane.setDomainGridlinesVisible(false);
    double rowTop = EVENT_ROWS + 0.5;
    List<Window> windows = Timeline.windowsOf(series);
    String[] names = {
      windowName("baseline", pain.baseline()), windowName("current", pain.current())
    };
    for (int i = 0; i < windows.size(); i++) {
      Window window = windows.get(i);
      lane.addAnnotation(windowLabel(names[i], window, series, rowTop), false);
    }
    List<PatientEvent> shown = inRange(series, events);
    double span = series.length();
    double daysPerChar = CHAR_PIXELS * span / PLOT_PIXELS;
    double[] rowEnds = new double[EVENT_ROWS];
    Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
    for (PatientEvent event : shown) {
      String label = label(event.event());
      double day = event.date().toEpochDay() - series.first().toEpochDay();
      double width = (label.length() + 2) * daysPerChar;
      // Near the right end a label goes left of its line, so the plot edge does not cut it.
      boolean left = day + width > span;
      double from = left ? day - width : day;
      int row = freeRow(rowEnds, from);
      if (row < 0) {
        // Every row is taken there: the dashed line alone marks the event (the page's events
        // table lists it), as a label drawn over another would be read as neither.
        continue;
      }
      rowEnds[row] = left ? day + 1 : day + width;
      double y = EVENT_ROWS - 0.5 - row;
      double x = DayAxis.noon(event.date()) + DayAxis.DAY_MS * (left ? -0.6 : 0.6);
      lane.addAnnotation(
          text(label, x, y, left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT), false);
    }
    return lane;
  }

  /** Returns a window's label centred over it, or held inside the plot where it would be cut. */
  private static XYTextAnnotation windowLabel(
      String name, Window window, DailySeries series, double y) {
    double start = DayAxis.startOf(series.first());
    double end = DayAxis.endOf(series.last());
    double middle = (DayAxis.startOf(window.from()) + DayAxis.endOf(window.to())) / 2;
    double half = name.length() * CHAR_PIXELS / 2 * (end - start) / PLOT_PIXELS;
    double inset = DayAxis.DAY_MS * 0.3;
    if (middle - half < start) {
      return text(name, start + inset, y, TextAnchor.CENTER_LEFT);
    }
    if (middle + half > end) {
      return text(name, end - inset, y, TextAnchor.CENTER_RIGHT);
    }
    return text(name, middle, y, TextAnchor.CENTER);
  }

  /** Returns a window's name with its mean pain, e.g. "baseline, pain 6.25", or the bare name. */
  static String windowName(String name, double pain) {
    return Double.isNaN(pain) ? name : name + ", pain " + Round.format(pain);
  }

  /** Draws a dashed line at each event's day on a plot. */
  static void lines(XYPlot plot, DailySeries series, List<PatientEvent> events) {
    for (PatientEvent event : inRange(series, events)) {
      ValueMarker line =
          new ValueMarker(DayAxis.noon(event.date()), ChartStyle.INK, ChartStyle.DASHED);
      plot.addDomainMarker(0, line, Layer.FOREGROUND, false);
    }
  }

  /** Returns the events whose day the timeline shows, in the given order. */
  static List<PatientEvent> inRange(DailySeries series, List<PatientEvent> events) {
    List<PatientEvent> shown = new ArrayList<>();
    for (PatientEvent event : events) {
      if (!event.date().isBefore(series.first()) && !event.date().isAfter(series.last())) {
        shown.add(event);
      }
    }
    return shown;
  }

  /** Returns an event's text on one line, cut to {@link #LABEL_CHARS} characters. */
  static String label(String event) {
    String line = event.strip().replaceAll("\\s+", " ");
    if (line.length() <= LABEL_CHARS) {
      return line;
    }
    return line.substring(0, LABEL_CHARS - 1).stripTrailing() + "\u2026";
  }

  /** Returns the first row whose labels end before {@code day}, or -1 when there is none. */
  private static int freeRow(double[] rowEnds, double day) {
    for (int row = 0; row < rowEnds.length; row++) {
      if (rowEnds[row] < day) {
        return row;
      }
    }
    return -1;
  }

  private static XYTextAnnotation text(String text, double x, double y, TextAnchor anchor) {
    XYTextAnnotation annotation = new XYTextAnnotation(text, x, y);
    annotation.setFont(ChartStyle.SMALL);
    annotation.setPaint(ChartStyle.INK);
    annotation.setTextAnchor(anchor);
    return annotation;
  }
}
