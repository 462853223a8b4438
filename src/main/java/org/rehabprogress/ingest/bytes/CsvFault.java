package org.rehabprogress.ingest.bytes;

/**
 * A problem with a whole file that the byte route found (missing, empty, malformed CSV, bytes that
 * are not UTF-8): the file as the user named it, the line (0: the file as a whole), what is wrong
 * and what to do. The reader turns it into its own file exception with the same text.
 */
public final class CsvFault extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String what;
  private final String whatToDo;

  /** Creates the fault; the message reads {@code <file>:<line>: <what>; <what to do>}. */
  public CsvFault(String file, long line, String what, String whatToDo) {
    super(file + ":" + line + ": " + what + "; " + whatToDo);
    this.file = file;
    this.line = line;
    this.what = what;
    this.whatToDo = whatToDo;
  }

  /** Returns the file as the user named it. */
  public String file() {
    return file;
  }

  /** Returns the line, 1-based; 0 for the file as a whole. */
  public long line() {
    return line;
  }

  /** Returns what is wrong. */
  public String what() {
    return what;
  }

  /** Returns what the user can do about it. */
  public String whatToDo() {
    return whatToDo;
  }
}
