package org.rehabprogress.cli;

/** The exit codes of SPEC section 8. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;

  /** A bug: the stack trace is printed. */
  public static final int INTERNAL = 1;

  /** A usage error: a bad option or argument, or an output the run may not replace. */
  public static final int USAGE = 2;

  /** Rejected rows under --strict (and always for validate). */
  public static final int REJECTED_ROWS = 3;

  /** An input file that is missing, unreadable or malformed. */
  public static final int BAD_INPUT_FILE = 4;

  /** An output that cannot be written (disk full, no permission, read-only), or memory ran out. */
  public static final int OUTPUT = 5;

  private ExitCodes() {}
}
