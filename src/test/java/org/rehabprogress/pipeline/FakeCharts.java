package org.rehabprogress.pipeline;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.report.ChartSvgs;
import org.rehabprogress.report.PatientContext;

/** Stands in for the chart package: a tiny SVG per chart naming the patient, escaped. */
class FakeCharts implements ReportCharts {

  static final byte[] PNG = "\u0089PNG fake".getBytes(StandardCharsets.ISO_8859_1);

  @Override
  public DrawnCharts draw(PatientResult result, PatientContext context, boolean png, boolean pdf) {
    return new DrawnCharts(
        new ChartSvgs(
            svg("timeline " + result.patientId() + " " + context.events().size() + " events"),
            svg("weekly " + result.patientId()),
            svg("nextday " + result.patientId())),
        png ? PNG : null,
        png ? PNG : null,
        png ? PNG : null,
        pdf ? (g, width, height) -> g.draw(new Rectangle2D.Double(0, 0, width, height)) : null);
  }

  @Override
  public String sparkline(PatientResult result, String defsPrefix) {
    return svg("sparkline " + defsPrefix + result.patientId());
  }

  static String svg(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='20'><text x='0'"
        + " y='10'>"
        + escaped
        + "</text></svg>";
  }
}
