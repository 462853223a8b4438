package org.rehabprogress.cli;

import java.io.PrintWriter;
import org.rehabprogress.report.TerminalText;

/**
 * The writer every command prints through: whatever reaches it, control characters are made visible
 * ({@link TerminalText}) and a line longer than {@value #LONGEST_LINE} characters is cut, so that
 * no input text, wherever a message quotes it, can act on the terminal. Line breaks pass as they
 * are. The progress bar alone writes raw, through {@link #raw}.
 */
final class TerminalWriter extends PrintWriter {

  /** Lines are cut after this many characters. */
  static final int LONGEST_LINE = 2000;

  private final PrintWriter raw;
  private int column;
  private long cut;

  private TerminalWriter(PrintWriter raw) {
    super(raw, true);
    this.raw = raw;
  }

  /** Returns a terminal writer over {@code out}; one already is returned as it is. */
  static PrintWriter of(PrintWriter out) {
    return out instanceof TerminalWriter ? out : new TerminalWriter(out);
  }

  /** Returns the writer under a terminal writer (for the progress bar's carriage returns). */
  static PrintWriter raw(PrintWriter out) {
    return out instanceof TerminalWriter t ? t.raw : out;
  }

  @Override
  public void write(int c) {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) {
    synchronized (lock) {
      StringBuilder out = new StringBuilder(len + 8);
      for (int i = off; i < off + len; i++) {
        char c = s.charAt(i);
        if (c == '\n') {
          endLine(out);
          out.append(c);
        } else if (column >= LONGEST_LINE) {
          cut++;
        } else if (c != '\t' && TerminalText.isControl(c)) {
          TerminalText.appendEscape(c, out);
          column++;
        } else {
          out.append(c);
          column++;
        }
      }
      super.write(out.toString(), 0, out.length());
    }
  }

  @Override
  public void println() {
    synchronized (lock) {
      StringBuilder out = new StringBuilder();
      endLine(out);
      super.write(out.toString(), 0, out.length());
      super.println();
      column = 0;
    }
  }

  private void endLine(StringBuilder out) {
    if (cut > 0) {
      out.append("…(").append(cut).append(" more characters)");
    }
    cut = 0;
    column = 0;
  }
}
