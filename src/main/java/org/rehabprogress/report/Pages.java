package org.rehabprogress.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders the report's HTML pages from the precompiled jte templates of {@code src/main/jte}, with
 * jte's context-aware escaping of every value. Safe to call from several threads at once.
 */
public final class Pages {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Pages() {}

  /** Writes index.html to a writer the caller opens and closes; it is flushed. */
  public static void index(IndexView view, Writer out) throws IOException {
    render("index.jte", view, out);
  }

  /** Writes cohort.html to a writer the caller opens and closes; it is flushed. */
  public static void cohort(CohortView view, Writer out) throws IOException {
    render("cohort.jte", view, out);
  }

  /** Writes a patient page to a writer the caller opens and closes; it is flushed. */
  public static void patient(PatientView view, Writer out) throws IOException {
    render("patient.jte", view, out);
  }

  /**
   * Writes a patient's one-page PDF text, well-formed XHTML for the PDF renderer, to a writer the
   * caller opens and closes; the timeline is an object element named {@code timeline}.
   */
  public static void patientPdf(PatientView view, Writer out) throws IOException {
    render("patient-pdf.jte", view, out);
  }

  /** Writes clinic.pdf's text, well-formed XHTML for the PDF renderer, to a writer. */
  public static void clinicPdf(IndexView view, Writer out) throws IOException {
    render("clinic-pdf.jte", view, out);
  }

  private static void render(String template, Object view, Writer out) throws IOException {
    // Straight to the writer (a page with a year's charts is about a megabyte), through the one
    // filter that keeps it well-formed whatever the input text holds.
    WellFormedWriter page = new WellFormedWriter(out);
    ENGINE.render(template, view, new WriterOutput(page));
    page.finish();
  }
}
