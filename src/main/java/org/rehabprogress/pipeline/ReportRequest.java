package org.rehabprogress.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What {@code rehab report} is asked to do.
 *
 * @param inputs the input files
 * @param month the report month, or null for the latest month with an entry
 * @param out the report folder, or null for {@code reports/<yyyy-MM>} in the working folder
 * @param catalog the --catalog file, or null
 * @param strict whether any rejected row fails the run before anything is written
 * @param png whether to write PNG charts beside the SVG ones
 * @param pdf whether to write a PDF per patient and clinic.pdf
 * @param runDate the run date for the footer and provenance (--as-of, or today from the clock)
 * @param dateFormat the --date-format pattern as given, or null
 */
public record ReportRequest(
    Inputs inputs,
    YearMonth month,
    Path out,
    Path catalog,
    boolean strict,
    boolean png,
    boolean pdf,
    LocalDate runDate,
    String dateFormat) {

  /** Checks for nulls. */
  public ReportRequest {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(runDate, "runDate");
  }

  /** Returns the report folder for a month: {@code out}, or {@code reports/<yyyy-MM>}. */
  public Path folder(YearMonth reportMonth) {
    return out != null ? out : Path.of("reports", reportMonth.toString());
  }
}
