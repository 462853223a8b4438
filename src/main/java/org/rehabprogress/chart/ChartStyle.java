package org.rehabprogress.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house look shared by every chart: fonts from the logical SansSerif family, black ink, grey
 * levels that survive a black-and-white print, and the shapes and dash patterns that carry meaning
 * without colour. Every field is immutable and shared; charts are built fresh each time.
 */
final class ChartStyle {

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  // 11 px is 8.25 pt where a chart prints at its own size: no chart text is smaller than 8 pt.
  static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 12);

  static final Color INK = new Color(0x1A1A1A);

  /** Daily points: dark enough to print, lighter than the mean line drawn over them. */
  static final Color POINT = new Color(0x6B6B6B);

  static final Color GRID = new Color(0xD9D9D9);
  static final Color EDGE = new Color(0x7F7F7F);

  static final Stroke HAIRLINE = new BasicStroke(0.5f);
  static final Stroke THIN = new BasicStroke(1f);
  static final Stroke MEAN_LINE =
      new BasicStroke(2.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke MEAN_OUTLINE = new BasicStroke(1.5f);
  static final Stroke DASHED =
      new BasicStroke(
          1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);
  static final Stroke DOTTED =
      new BasicStroke(
          1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {1.5f, 2.5f}, 0f);

  static final double DOT_DIAMETER = 5;
  static final Shape DOT = new Ellipse2D.Double(-2.5, -2.5, DOT_DIAMETER, DOT_DIAMETER);
  static final Shape SQUARE = new Rectangle2D.Double(-4, -4, 8, 8);
  static final Shape SWATCH = new Rectangle2D.Double(-6, -5, 12, 10);
  static final Shape TRIANGLE = triangle();
  static final Shape DIAMOND = diamond();
  static final Shape LEGEND_LINE = new Line2D.Double(-9, 0, 9, 0);

  static {
    // JFreeChart draws rotated text (the y axis labels) through a TextLayout by default, a
    // workaround for a JDK 1.4 bug; JFreeSVG then writes each label as glyph outlines, a fifth of
    // a timeline's time and bytes. drawString gives an SVG <text> element, and the same pixels in
    // a PNG on the JDKs we support.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private ChartStyle() {}

  /** Returns a chart with the house title, background and legend (when {@code legend}). */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart
        .getRenderingHints()
        .put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    chart.setPadding(new RectangleInsets(6, 6, 6, 10));
    TextTitle text = chart.getTitle();
    text.setPaint(INK);
    text.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    text.setPadding(new RectangleInsets(2, 4, 6, 2));
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setItemFont(TICK);
      legendTitle.setItemPaint(INK);
      legendTitle.setFrame(BlockBorder.NONE);
      legendTitle.setPosition(RectangleEdge.BOTTOM);
      legendTitle.setBackgroundPaint(Color.WHITE);
    }
    return chart;
  }

  /** Styles a plot's background and gridlines. */
  static void plot(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(EDGE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(HAIRLINE);
    plot.setRangeGridlineStroke(HAIRLINE);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
  }

  /**
   * Styles an axis's label and tick fonts; a number axis gets tick labels in Locale.ROOT ("1.5",
   * never the machine's "1,5").
   */
  static <A extends Axis> A axis(A axis) {
    if (axis instanceof NumberAxis number
        && !(axis instanceof SymbolAxis)
        && !(axis instanceof ScaleAxis)) {
      number.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    }
    axis.setLabelFont(LABEL);
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(EDGE);
    axis.setTickMarkPaint(EDGE);
    return axis;
  }

  /** Gives a number axis whole-number ticks, formatted in Locale.ROOT. */
  static void integers(NumberAxis axis) {
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
  }

  /** Returns a legend entry drawn as a shape. */
  static LegendItem shapeItem(String label, Shape shape, Paint fill, boolean outline) {
    LegendItem item =
        new LegendItem(
            label,
            null,
            null,
            null,
            true,
            shape,
            fill != null,
            fill == null ? Color.WHITE : fill,
            outline,
            INK,
            THIN,
            false,
            LEGEND_LINE,
            THIN,
            INK);
    item.setLabelFont(TICK);
    return item;
  }

  /** Returns a legend entry drawn as a line. */
  static LegendItem lineItem(String label, Stroke stroke, Paint paint) {
    LegendItem item =
        new LegendItem(
            label,
            null,
            null,
            null,
            false,
            SQUARE,
            false,
            paint,
            false,
            paint,
            stroke,
            true,
            LEGEND_LINE,
            stroke,
            paint);
    item.setLabelFont(TICK);
    return item;
  }

  private static Shape diamond() {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, -6);
    path.lineTo(6, 0);
    path.lineTo(0, 6);
    path.lineTo(-6, 0);
    path.closePath();
    return path;
  }

  private static Shape triangle() {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(0, -4.5);
    path.lineTo(4.5, 3.5);
    path.lineTo(-4.5, 3.5);
    path.closePath();
    return path;
  }
}
