package org.rehabprogress.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;

/**
 * Draws every item of a series as one mark, all marks of the series as a single path: a series of
 * 365 daily values is one SVG element rather than 365, which keeps a page of charts small and fast
 * to write. A round dot is a zero-length line with round caps (drawn as a dot by Java2D and by SVG
 * viewers alike); any other mark is a filled shape.
 */
final class DotRenderer extends AbstractXYItemRenderer {

  private static final long serialVersionUID = 1L;

  /** The mark, centred on (0, 0); null for a round dot. */
  private final transient Shape mark;

  private final transient BasicStroke dot;

  /** A renderer of round dots of the given diameter in pixels. */
  static DotRenderer dots(double diameter, Paint paint) {
    return new DotRenderer(null, diameter, paint);
  }

  /** A renderer of filled marks of the given shape. */
  static DotRenderer marks(Shape mark, Paint paint) {
    return new DotRenderer(mark, 0, paint);
  }

  private DotRenderer(Shape mark, double diameter, Paint paint) {
    this.mark = mark;
    this.dot = new BasicStroke((float) diameter, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    setDefaultPaint(paint);
    setAutoPopulateSeriesPaint(false);
    setDefaultSeriesVisibleInLegend(false);
  }

  /** Holds the path of the series being drawn. */
  private static final class State extends XYItemRendererState {
    Path2D.Double path = new Path2D.Double();

    State(PlotRenderingInfo info) {
      super(info);
    }
  }

  @Override
  public XYItemRendererState initialise(
      Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data, PlotRenderingInfo info) {
    return new State(info);
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    Path2D.Double path = ((State) state).path;
    double x = dataset.getXValue(series, item);
    double y = dataset.getYValue(series, item);
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
      if (mark == null) {
        path.moveTo(px, py);
        path.lineTo(px, py);
      } else {
        path.append(
            AffineTransform.getTranslateInstance(px, py).createTransformedShape(mark), false);
      }
    }
    int last =
        state.getProcessVisibleItemsOnly()
            ? state.getLastItemIndex()
            : dataset.getItemCount(series) - 1;
    if (item == last) {
      if (path.getCurrentPoint() != null) {
        g2.setPaint(getItemPaint(series, item));
        if (mark == null) {
          g2.setStroke(dot);
          g2.draw(path);
        } else {
          g2.fill(path);
        }
      }
      path.reset();
    }
  }
}
