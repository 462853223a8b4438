package org.rehabprogress.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Encodes charts as SVG text or PNG bytes. Both are deterministic: the same chart at the same size
 * gives the same text or bytes on every run. Safe to call from several threads for different
 * charts.
 */
public final class ChartImages {

  // Letters, digits, '-' and '_', starting with a letter: safe in an XML id and a CSS url(#...).
  static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  // Java measures text with the logical SansSerif, which is DejaVu Sans where fonts-dejavu is
  // installed; naming it (and Verdana, of nearly the same widths) first keeps labels the same
  // width in a browser, so they neither overlap nor clip.
  private static final String SANS = "\"DejaVu Sans\", Verdana, sans-serif";

  private ChartImages() {}

  /**
   * Returns the SVG text of a chart, an {@code <svg>} element with a viewBox (so a page can scale
   * it) and a {@code <title>} holding the chart's title, to embed in HTML or write as a file. Clip
   * paths and gradients are named with {@code defsPrefix}, which must be unique per chart within a
   * page.
   *
   * @param width the width in pixels, at least 1
   * @param height the height in pixels, at least 1
   * @param defsPrefix letters, digits, '-' and '_', starting with a letter
   * @throws IllegalArgumentException when a size is below 1 or the prefix is not such a name
   */
  public static String svg(JFreeChart chart, int width, int height, String defsPrefix) {
    checkSize(width, height);
    checkPrefix(defsPrefix);
    // Sized for a timeline, so the text is not copied as it grows.
    SVGGraphics2D g2 = new SVGGraphics2D(width, height, null, new StringBuilder(96 * 1024));
    // Without a prefix JFreeSVG names defs after System.nanoTime(): different bytes on every run.
    g2.setDefsKeyPrefix(defsPrefix + "-");
    g2.setFontFunction(family -> "SansSerif".equals(family) ? SANS : family);
    g2.setGeomDoubleConverter(ChartImages::number);
    g2.setTransformDoubleConverter(ChartImages::number);
    chart.draw(g2, new Rectangle(width, height));
    String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    // JFreeSVG escapes markup but not control characters, which XML does not allow at all: one
    // pass over the finished text keeps every chart well-formed, whatever text an input put in it.
    return Xml.clean(withTitle(svg, chart.getTitle()));
  }

  /**
   * Returns the PNG bytes of a chart drawn at the given size, anti-aliased as the chart says.
   *
   * @throws IllegalArgumentException when a size is below 1
   */
  public static byte[] png(JFreeChart chart, int width, int height) {
    checkSize(width, height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      chart.draw(g2, new Rectangle(width, height));
    } finally {
      g2.dispose();
    }
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    // A memory cache: ImageIO's default file cache would write temporary files.
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(image);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a chart as PNG in memory", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * Returns a coordinate rounded to 1/100 pixel, without trailing zeros or a "-0": finer figures
   * only lengthen the text. Integer arithmetic, since Double.toString was a tenth of the time of an
   * SVG.
   */
  static String number(double value) {
    if (!(Math.abs(value) < 1e12)) {
      return Double.isNaN(value) ? "NaN" : BigDecimal.valueOf(value).toPlainString();
    }
    long hundredths = Math.round(value * 100);
    if (hundredths == 0) {
      return "0";
    }
    long whole = Math.abs(hundredths) / 100;
    int fraction = (int) (Math.abs(hundredths) % 100);
    StringBuilder text = new StringBuilder(12);
    if (hundredths < 0) {
      text.append('-');
    }
    text.append(whole);
    if (fraction != 0) {
      text.append('.').append(fraction / 10);
      if (fraction % 10 != 0) {
        text.append(fraction % 10);
      }
    }
    return text.toString();
  }

  /** Throws when a defs prefix is not a name of letters, digits, '-' and '_'. */
  static void checkPrefix(String defsPrefix) {
    if (defsPrefix == null || !PREFIX.matcher(defsPrefix).matches()) {
      throw new IllegalArgumentException(
          "defsPrefix \"" + defsPrefix + "\" is not a name of letters, digits, '-' and '_'");
    }
  }

  private static void checkSize(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "chart size " + width + "x" + height + " must be at least 1x1 pixels");
    }
  }

  private static String withTitle(String svg, TextTitle title) {
    if (title == null || title.getText() == null || title.getText().isEmpty()) {
      return svg;
    }
    int open = svg.indexOf('>') + 1;
    return svg.substring(0, open)
        + "<title>"
        + Xml.escape(title.getText())
        + "</title>"
        + svg.substring(open);
  }
}
