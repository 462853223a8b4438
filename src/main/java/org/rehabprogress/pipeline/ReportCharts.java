package org.rehabprogress.pipeline;

import java.util.List;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.ingest.PatientEvent;

/**
 * Draws a patient's charts for the report. The report's own implementation draws with the chart
 * package; tests pass another one. Implementations are called from several threads at once.
 */
public interface ReportCharts {

  /**
   * Returns a patient page's three charts as SVG, and as PNG too when asked.
   *
   * @param result the patient's figures
   * @param events the patient's events up to end(M)
   * @param png whether to draw PNG images as well
   */
  DrawnCharts draw(PatientResult result, List<PatientEvent> events, boolean png);

  /**
   * Returns the patient's pain sparkline for the overview as an SVG element.
   *
   * @param result the patient's figures
   * @param defsPrefix a prefix for the SVG's ids, unique within the overview page
   */
  String sparkline(PatientResult result, String defsPrefix);
}
