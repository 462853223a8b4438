package org.rehabprogress.spark;

import org.rehabprogress.ingest.InputFileException;

/**
 * Carries a file-level input problem found inside a Spark task to the driver, which prints it as
 * the CLI does and exits 4.
 */
final class JobFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the problem. */
  JobFailure(InputFileException problem) {
    super(problem.getMessage(), problem);
  }

  /** Returns the input problem behind a failed job, or null when there is none in its causes. */
  static InputFileException problem(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InputFileException e) {
        return e;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
