package org.rehabprogress.pipeline;

import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.report.PatientContext;

/**
 * Draws a patient's charts for the report. The report's own implementation draws with the chart
 * package; tests pass another one. Implementations are called from several threads at once.
 */
public interface ReportCharts {

  /**
   * Returns a patient page's three charts as SVG, as PNG too when asked, and the timeline as a
   * drawing for the patient's PDF when asked.
   *
   * @param result the patient's figures
   * @param context the patient's events up to end(M) and days with activity minutes unknown
   * @param png whether to draw PNG images as well
   * @param pdf whether to give the timeline as a drawing for the PDF
   */
  DrawnCharts draw(PatientResult result, PatientContext context, boolean png, boolean pdf);

  /**
   * Returns the patient's pain sparkline for the overview as an SVG element.
   *
   * @param result the patient's figures
   * @param defsPrefix a prefix for the SVG's ids, unique within the overview page
   */
  String sparkline(PatientResult result, String defsPrefix);
}
