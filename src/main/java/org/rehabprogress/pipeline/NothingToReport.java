package org.rehabprogress.pipeline;

/** No patient is in treatment by the end of the month asked for: nothing is written. */
public final class NothingToReport extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what to do. */
  public NothingToReport(String message) {
    super(message);
  }
}
