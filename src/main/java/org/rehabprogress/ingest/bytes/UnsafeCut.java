package org.rehabprogress.ingest.bytes;

/**
 * Thrown when a range that is not the last ends inside a quoted cell (or stops on an error whose
 * line depends on the ranges before it): the caller reads the file again in one range.
 */
public final class UnsafeCut extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; it carries no message, as the caller only retries. */
  public UnsafeCut() {
    super(null, null, false, false);
  }
}
