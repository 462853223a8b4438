package org.rehabprogress.pipeline;

/**
 * A report that is not written because what was asked for cannot be done: no patient in treatment
 * by the end of the month (exit 2). An output folder that may not be replaced is {@code
 * files.OutputRefused}.
 */
public final class ReportRefused extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what to do. */
  public ReportRefused(String message) {
    super(message);
  }
}
