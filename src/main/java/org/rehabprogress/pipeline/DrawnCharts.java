package org.rehabprogress.pipeline;

import java.util.Objects;
import org.rehabprogress.pdf.Drawing;
import org.rehabprogress.report.ChartSvgs;

/**
 * A patient's three charts as SVG, as PNG when asked for, and the timeline for the PDF when asked
 * for.
 *
 * @param svg the SVG elements
 * @param timelinePng the timeline as PNG, or null
 * @param weeklyPng the weekly minutes as PNG, or null
 * @param nextDayPng the next-day comparison as PNG, or null
 * @param timelinePdf the timeline as a drawing for the patient's PDF, or null
 */
public record DrawnCharts(
    ChartSvgs svg, byte[] timelinePng, byte[] weeklyPng, byte[] nextDayPng, Drawing timelinePdf) {

  /** Checks that the SVG charts are present. */
  public DrawnCharts {
    Objects.requireNonNull(svg, "svg");
  }
}
