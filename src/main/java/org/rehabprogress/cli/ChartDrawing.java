package org.rehabprogress.cli;

import java.util.List;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.pipeline.DrawnCharts;
import org.rehabprogress.pipeline.ReportCharts;

/** Placeholder until the chart package is merged. */
final class ChartDrawing implements ReportCharts {

  static final ChartDrawing INSTANCE = new ChartDrawing();

  @Override
  public DrawnCharts draw(PatientResult result, List<PatientEvent> events, boolean png) {
    throw new UnsupportedOperationException("charts not merged yet");
  }

  @Override
  public String sparkline(PatientResult result, String defsPrefix) {
    throw new UnsupportedOperationException("charts not merged yet");
  }
}
