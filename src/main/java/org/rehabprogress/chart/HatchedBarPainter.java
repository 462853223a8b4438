package org.rehabprogress.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints bars flat, and one series' bars with white diagonal lines over the fill: a pattern a
 * black-and-white print keeps, drawn as plain lines so that SVG, PNG and PDF show it alike.
 */
final class HatchedBarPainter extends StandardXYBarPainter {

  private static final long serialVersionUID = 1L;

  /** The distance between two hatch lines, in pixels. */
  static final double SPACING = 5;

  private final int hatchedSeries;

  HatchedBarPainter(int hatchedSeries) {
    this.hatchedSeries = hatchedSeries;
  }

  @Override
  public void paintBar(
      Graphics2D g2,
      XYBarRenderer renderer,
      int row,
      int column,
      RectangularShape bar,
      RectangleEdge base) {
    super.paintBar(g2, renderer, row, column, bar, base);
    if (row != hatchedSeries || bar.getWidth() <= 0 || bar.getHeight() <= 0) {
      return;
    }
    Shape clip = g2.getClip();
    g2.clip(bar);
    g2.setPaint(Color.WHITE);
    g2.setStroke(ChartStyle.THIN);
    double x0 = bar.getMinX();
    double y0 = bar.getMinY();
    double h = bar.getHeight();
    for (double x = x0 - h; x < bar.getMaxX(); x += SPACING) {
      g2.draw(new Line2D.Double(x, y0 + h, x + h, y0));
    }
    g2.setClip(clip);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HatchedBarPainter h && h.hatchedSeries == hatchedSeries;
  }

  @Override
  public int hashCode() {
    return hatchedSeries;
  }
}
