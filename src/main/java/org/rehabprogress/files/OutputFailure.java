package org.rehabprogress.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An output that cannot be written (a full disk, no permission, a read-only file system): exit 5,
 * one line naming the output and the cause. It is thrown only after the run has put back what was
 * there, so the message can say that nothing there was changed.
 */
public final class OutputFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final String output;
  private final String reason;

  private OutputFailure(String output, String reason, Throwable cause) {
    super(
        "cannot write "
            + output
            + ": "
            + reason
            + "; "
            + advice(reason)
            + " (nothing there changed)",
        cause);
    this.output = output;
    this.reason = reason;
  }

  /**
   * Returns the failure to write an output.
   *
   * @param output the output as the user named it (a path or a URI)
   * @param failure what went wrong; an OutputFailure is returned as it is
   */
  public static OutputFailure of(Object output, Throwable failure) {
    if (failure instanceof OutputFailure f) {
      return f;
    }
    return new OutputFailure(String.valueOf(output), reason(failure), failure);
  }

  /** Returns the output as the user named it. */
  public String output() {
    return output;
  }

  /** Returns the cause in words, e.g. {@code no space left on device}. */
  public String reason() {
    return reason;
  }

  /** Returns the first I/O exception among a failure and its causes, or null. */
  public static IOException io(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException e) {
        return e;
      }
    }
    return null;
  }

  /** Returns what went wrong, in the operating system's words where it gave some. */
  static String reason(Throwable failure) {
    IOException e = io(failure);
    if (e == null) {
      return lower(String.valueOf(failure));
    }
    if (e instanceof FileSystemException f) {
      if (f.getReason() != null) {
        return lower(f.getReason());
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof FileAlreadyExistsException) {
        return "a file is in the way (" + Path.of(f.getFile()).getFileName() + ")";
      }
      if (e instanceof NoSuchFileException) {
        return "a folder on the way does not exist or was removed";
      }
      if (e instanceof NotDirectoryException) {
        return "a file is in the way of a folder";
      }
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? lower(e.getClass().getSimpleName())
        : lower(message.strip());
  }

  private static String advice(String reason) {
    if (reason.contains("no space") || reason.contains("quota")) {
      return "free some space there, or write somewhere else";
    }
    if (reason.contains("read-only")) {
      return "that file system is read-only: write somewhere else";
    }
    if (reason.contains("permission") || reason.contains("not permitted")) {
      return "write somewhere else, or get permission to write there";
    }
    return "check that place, or write somewhere else";
  }

  private static String lower(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    // "No space left on device" reads on in a sentence; "HDFS" or "I/O" stays as it is.
    if (text.length() > 1 && !Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
