package org.rehabprogress.importer;

/**
 * An import option that does not fit the source, such as one {@code --patient-id} for an export
 * that holds several people: a usage error (exit 2), found only once the source is read.
 */
public final class ImportOptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message that says what to do. */
  public ImportOptionException(String message) {
    super(message);
  }
}
