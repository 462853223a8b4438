package org.rehabprogress.report;

import java.util.Objects;

/**
 * A patient's three charts as SVG elements, drawn by the chart package.
 *
 * @param timeline the symptom timeline
 * @param weekly weekly activity minutes by class
 * @param nextDay next-day pain after low-impact and flagged days
 */
public record ChartSvgs(String timeline, String weekly, String nextDay) {

  /** Checks for nulls. */
  public ChartSvgs {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(weekly, "weekly");
    Objects.requireNonNull(nextDay, "nextDay");
  }
}
