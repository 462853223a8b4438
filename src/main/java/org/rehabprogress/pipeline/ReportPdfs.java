package org.rehabprogress.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.rehabprogress.pdf.Drawing;
import org.rehabprogress.pdf.PdfDocument;
import org.rehabprogress.report.IndexView;
import org.rehabprogress.report.Pages;
import org.rehabprogress.report.PatientView;

/**
 * Writes the report's PDFs (rehab report --pdf) from the same views as the pages: the report
 * package's templates give the XHTML, the pdf package lays it out.
 */
final class ReportPdfs {

  private ReportPdfs() {}

  /** Writes a patient's one-page PDF, with the timeline drawn where the template places it. */
  static void patient(Path file, PatientView view, Drawing timeline) throws IOException {
    StringWriter text = new StringWriter(16 * 1024);
    Pages.patientPdf(view, text);
    write(file, text.toString(), timeline == null ? Map.of() : Map.of("timeline", timeline));
  }

  /** Writes clinic.pdf, the overview table. */
  static void clinic(Path file, IndexView view) throws IOException {
    StringWriter text = new StringWriter(64 * 1024);
    Pages.clinicPdf(view, text);
    write(file, text.toString(), Map.of());
  }

  private static void write(Path file, String xhtml, Map<String, Drawing> drawings)
      throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      PdfDocument.write(xhtml, drawings, out);
    }
  }
}
