package org.rehabprogress.chart;

import java.time.LocalDate;
import org.rehabprogress.analysis.DailySeries;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.stats.Round;

/**
 * The overview's inline pain line: daily pain over the 84 days ending at the end day, on a fixed
 * 0-10 scale so that lines of different patients compare, with baseline pain as a dotted line. The
 * SVG is written by hand (no chart library): a few hundred bytes, identical for identical input.
 */
public final class Sparkline {

  /** The days shown, ending at the end day: the 12 weeks of the pain trend. */
  public static final int DAYS = 84;

  static final int WIDTH = 120;
  static final int HEIGHT = 28;
  private static final double PAD = 2.5;

  // A gap of more than a week breaks the line rather than bridging it as if pain had been logged.
  private static final int MAX_BRIDGED_GAP = 7;

  private Sparkline() {}

  /**
   * Returns an SVG element about 120x28 pixels with a {@code <title>} that states what it shows for
   * screen readers; when the 84 days hold no pain entry, an empty-state SVG saying so.
   *
   * @param defsPrefix the prefix of the element ids, unique per sparkline within a page; letters,
   *     digits, '-' and '_', starting with a letter
   */
  public static String svg(PatientResult result, String defsPrefix) {
    ChartImages.checkPrefix(defsPrefix);
    DailySeries series = result.series();
    LocalDate end = result.end();
    LocalDate from = end.minusDays(DAYS - 1L);
    int offset = Math.toIntExact(from.toEpochDay() - series.first().toEpochDay());
    double[] pain = new double[DAYS];
    int count = 0;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    double firstValue = Double.NaN;
    double lastValue = Double.NaN;
    for (int d = 0; d < DAYS; d++) {
      int i = offset + d;
      pain[d] = i >= 0 && i < series.length() ? series.pain()[i] : Double.NaN;
      if (!Double.isNaN(pain[d])) {
        count++;
        low = Math.min(low, pain[d]);
        high = Math.max(high, pain[d]);
        firstValue = Double.isNaN(firstValue) ? pain[d] : firstValue;
        lastValue = pain[d];
      }
    }
    String id = defsPrefix + "-title";
    StringBuilder svg = new StringBuilder(1024);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("\"><title id=\"")
        .append(id)
        .append("\">");
    if (count == 0) {
      svg.append("No pain entries in the ").append(DAYS).append(" days to ").append(end);
      svg.append("</title><line x1=\"2.5\" y1=\"14\" x2=\"117.5\" y2=\"14\" stroke=\"#7f7f7f\"")
          .append(" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>")
          .append("<text x=\"60\" y=\"11\" text-anchor=\"middle\" font-size=\"9\"")
          .append(" font-family=\"sans-serif\" fill=\"#1a1a1a\">no pain entries</text></svg>");
      return svg.toString();
    }
    svg.append("Daily pain (0-10) over the ")
        .append(DAYS)
        .append(" days to ")
        .append(end)
        .append(": ")
        .append(count)
        .append(count == 1 ? " day" : " days")
        .append(" with pain, first ")
        .append(Round.format(firstValue))
        .append(", last ")
        .append(Round.format(lastValue))
        .append(", lowest ")
        .append(Round.format(low))
        .append(", highest ")
        .append(Round.format(high));
    double baseline = result.pain().baseline();
    if (!Double.isNaN(baseline)) {
      svg.append("; baseline ").append(Round.format(baseline)).append(" (dotted line)");
    }
    svg.append("</title>");
    svg.append(
        "<rect x=\"0.5\" y=\"0.5\" width=\"119\" height=\"27\" fill=\"none\" stroke=\"#d9d9d9\"/>");
    if (!Double.isNaN(baseline)) {
      String y = coordinate(y(baseline));
      svg.append("<line x1=\"0.5\" y1=\"")
          .append(y)
          .append("\" x2=\"119.5\" y2=\"")
          .append(y)
          .append("\" stroke=\"#1a1a1a\" stroke-width=\"1\" stroke-dasharray=\"1 2\"/>");
    }
    appendLines(svg, pain);
    int lastDay = DAYS - 1;
    while (Double.isNaN(pain[lastDay])) {
      lastDay--;
    }
    svg.append("<circle cx=\"")
        .append(coordinate(x(lastDay)))
        .append("\" cy=\"")
        .append(coordinate(y(pain[lastDay])))
        .append("\" r=\"2\" fill=\"#1a1a1a\"/></svg>");
    return svg.toString();
  }

  private static void appendLines(StringBuilder svg, double[] pain) {
    int d = 0;
    while (d < DAYS) {
      if (Double.isNaN(pain[d])) {
        d++;
        continue;
      }
      StringBuilder points = new StringBuilder();
      int n = 0;
      int previous = d;
      while (d < DAYS && d - previous <= MAX_BRIDGED_GAP) {
        if (!Double.isNaN(pain[d])) {
          points.append(n == 0 ? "" : " ").append(coordinate(x(d))).append(',');
          points.append(coordinate(y(pain[d])));
          n++;
          previous = d;
        }
        d++;
      }
      if (n == 1) {
        String[] xy = points.toString().split(",");
        svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]);
        svg.append("\" r=\"1\" fill=\"#1a1a1a\"/>");
      } else {
        svg.append("<polyline points=\"").append(points);
        svg.append("\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"1.25\"")
            .append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
      }
    }
  }

  private static double x(int day) {
    return PAD + day * (WIDTH - 2 * PAD) / (DAYS - 1);
  }

  private static double y(double pain) {
    double clamped = Math.max(0, Math.min(10, pain));
    return PAD + (10 - clamped) * (HEIGHT - 2 * PAD) / 10;
  }

  /** Returns a non-negative coordinate with one decimal, e.g. "12.5" or "3" (no String.format). */
  private static String coordinate(double value) {
    long tenths = Math.round(value * 10);
    long whole = tenths / 10;
    int tenth = (int) (tenths % 10);
    return tenth == 0 ? Long.toString(whole) : whole + "." + tenth;
  }
}
