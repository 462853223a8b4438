package org.rehabprogress.chart;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.rehabprogress.analysis.DailySeries;

/** The empty state of a plot: a note in its middle saying what is missing. */
final class Empty {

  private Empty() {}

  /** Writes {@code text} in the middle of a day plot whose range is 0 to 10 or more. */
  static void note(XYPlot plot, String text, DailySeries series) {
    double x = (DayAxis.startOf(series.first()) + DayAxis.endOf(series.last())) / 2;
    note(plot, text, x, 5);
  }

  /** Writes {@code text} centred on {@code (x, y)} in data coordinates. */
  static void note(XYPlot plot, String text, double x, double y) {
    XYTextAnnotation note = new XYTextAnnotation(text, x, y);
    note.setFont(ChartStyle.NOTE);
    note.setPaint(ChartStyle.INK);
    note.setTextAnchor(TextAnchor.CENTER);
    plot.addAnnotation(note, false);
  }
}
