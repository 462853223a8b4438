package org.rehabprogress.files;

/**
 * An output the run may not write, because writing it would destroy something the user did not ask
 * to replace (an input, the catalog, the key, a user's file): exit 2, with a message that says what
 * was found and what to do.
 */
public final class OutputRefused extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what was found and what to do. */
  public OutputRefused(String message) {
    super(message);
  }
}
