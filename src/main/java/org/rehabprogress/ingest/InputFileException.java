package org.rehabprogress.ingest;

import org.rehabprogress.ingest.bytes.CsvFault;

/**
 * A problem with a whole input file (missing, empty, a required column missing, malformed CSV,
 * undecodable bytes) that stops the run. The message reads {@code <file>:<line>: <what>; <what to
 * do>}; line 0 stands for the file as a whole.
 */
public final class InputFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String what;
  private final String whatToDo;

  /**
   * Creates the exception for a file (as the user named it), a line (0: the whole file), and text.
   */
  public InputFileException(String file, long line, String what, String whatToDo) {
    super(file + ":" + line + ": " + what + "; " + whatToDo);
    this.file = file;
    this.line = line;
    this.what = what;
    this.whatToDo = whatToDo;
  }

  /** Returns the exception for a problem the byte route found, with the same text. */
  static InputFileException of(CsvFault fault) {
    return new InputFileException(fault.file(), fault.line(), fault.what(), fault.whatToDo());
  }

  /** Returns the file as the user named it. */
  public String file() {
    return file;
  }

  /** Returns the line, 1-based; 0 for the file as a whole. */
  public long line() {
    return line;
  }

  /** Returns what is wrong, without the file and line. */
  public String what() {
    return what;
  }

  /** Returns what to do about it. */
  public String whatToDo() {
    return whatToDo;
  }
}
