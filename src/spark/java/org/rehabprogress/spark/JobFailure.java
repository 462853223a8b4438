package org.rehabprogress.spark;

import org.rehabprogress.ingest.InputFileException;

/**
 * Carries a file-level input problem found inside a Spark task to the driver, where the shared
 * failure mapping ({@code cli.Failures}) finds it among the causes, prints it as the CLI does and
 * exits 4.
 */
final class JobFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the problem. */
  JobFailure(InputFileException problem) {
    super(problem.getMessage(), problem);
  }
}
