package org.rehabprogress.cli;

/** The exit codes of SPEC section 8. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;

  /** A bug: the stack trace is printed. */
  public static final int INTERNAL = 1;

  /** A usage error: a bad option or argument. */
  public static final int USAGE = 2;

  /** Rejected rows under --strict (and always for validate). */
  public static final int REJECTED_ROWS = 3;

  /** An input file that is missing, unreadable or malformed. */
  public static final int BAD_INPUT_FILE = 4;

  private ExitCodes() {}
}
