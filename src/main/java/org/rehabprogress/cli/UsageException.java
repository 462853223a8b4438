package org.rehabprogress.cli;

/**
 * A usage error found after parsing (a bad combination of options or a bad option value): exit 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message that says what to do. */
  public UsageException(String message) {
    super(message);
  }
}
