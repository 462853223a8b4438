/**
 * Charts: analysis results in, JFreeChart charts out, and their SVG text and PNG bytes; the only
 * package that uses JFreeChart and JFreeSVG.
 *
 * <p>Entry classes: {@link org.rehabprogress.chart.PatientCharts} (timeline, weekly minutes,
 * next-day pain), {@link org.rehabprogress.chart.Sparkline} (the overview's inline pain line),
 * {@link org.rehabprogress.chart.CohortCharts} (forest plot, waterfall, trajectories, responders by
 * site) and {@link org.rehabprogress.chart.ChartImages} (encoding). Reads {@code analysis} records
 * and {@code ingest.PatientEvent}; no files, no clock. Every chart is readable in black and white:
 * shapes, dash patterns, grey levels and labels carry the meaning, colour only repeats it. Same
 * input, same bytes.
 */
package org.rehabprogress.chart;
