package org.rehabprogress.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that keeps a page well-formed whatever text an input put in it: every character that XML
 * 1.0 does not allow (control characters other than tab, line feed and carriage return; U+FFFE and
 * U+FFFF; a surrogate without its pair), and the C1 controls and DEL that HTML treats as errors, is
 * replaced by U+FFFD. The templates escape markup; this removes what escaping cannot (XML has no
 * escape for U+0001). The same rule keeps the SVG charts well-formed ({@code chart.Xml#clean}).
 */
final class WellFormedWriter extends FilterWriter {

  private static final char REPLACEMENT = '\uFFFD';

  private char pendingHigh;

  WellFormedWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    int end = off + len;
    int run = off;
    for (int i = off; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && pendingHigh == 0) {
        continue;
      }
      out.write(s, run, i - run);
      run = i + 1;
      put(c);
    }
    out.write(s, run, end - run);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      out.write(REPLACEMENT);
      pendingHigh = 0;
    }
    out.close();
  }

  /** Ends the text: a surrogate left without its pair is replaced; the writer under stays open. */
  void finish() throws IOException {
    if (pendingHigh != 0) {
      out.write(REPLACEMENT);
      pendingHigh = 0;
    }
    out.flush();
  }

  private void put(char c) throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        out.write(high);
        out.write(c);
        return;
      }
      out.write(REPLACEMENT);
    }
    if (c >= 0x20 && c < 0x7f) {
      out.write(c);
    } else if (c < 0x20) {
      out.write(c == '\n' || c == '\t' || c == '\r' ? c : REPLACEMENT);
    } else if (c <= 0x9f || c == 0xfffe || c == 0xffff || Character.isLowSurrogate(c)) {
      out.write(REPLACEMENT);
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else {
      out.write(c);
    }
  }
}
