package org.rehabprogress.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the report's HTML pages from the precompiled jte templates of {@code src/main/jte}, with
 * jte's context-aware escaping of every value. Safe to call from several threads at once.
 */
public final class Pages {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Pages() {}

  /** Returns index.html. */
  public static String index(IndexView view) {
    StringOutput out = new StringOutput(1 << 16);
    ENGINE.render("index.jte", view, out);
    return out.toString();
  }

  /** Returns a patient page. */
  public static String patient(PatientView view) {
    StringOutput out = new StringOutput(1 << 17);
    ENGINE.render("patient.jte", view, out);
    return out.toString();
  }
}
