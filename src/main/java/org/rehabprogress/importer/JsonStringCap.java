package org.rehabprogress.importer;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream of JSON bytes (UTF-8) that passes at most {@link ValueCap#LIMIT} + 1 characters of any
 * string, names included, dropping the rest, so that a parser behind it never holds a longer
 * string. An escape sequence (a backslash and a letter, or a backslash, u and four hex digits) is
 * one character, passed or dropped whole, as is a multi-byte UTF-8 character; the string the parser
 * sees is longer than the cap exactly when the original was, and the reader rejects the record
 * holding it.
 */
final class JsonStringCap extends InputStream {

  private final InputStream in;
  private final byte[] input = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean inString;
  private int run;
  private boolean keeping;
  private int escape = -1;

  JsonStringCap(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length) {
      if (position == limit) {
        int got = in.read(input, 0, input.length);
        if (got < 0) {
          return n == 0 ? -1 : n;
        }
        position = 0;
        limit = got;
        continue;
      }
      int b = input[position++] & 0xFF;
      if (pass(b)) {
        buffer[offset + n++] = (byte) b;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public int available() {
    return 0;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int limit) {
    // Not supported: the parser reads the stream once.
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark and reset are not supported");
  }

  /** Returns whether a byte is passed. */
  private boolean pass(int b) {
    if (!inString) {
      if (b == '"') {
        inString = true;
        run = 0;
      }
      return true;
    }
    if (escape == 0) {
      // The character after the backslash; a u escape goes on for four hex digits.
      escape = b == 'u' ? 4 : -1;
      return keeping;
    }
    if (escape > 0) {
      escape = escape == 1 ? -1 : escape - 1;
      return keeping;
    }
    if (b == '"') {
      inString = false;
      return true;
    }
    if ((b & 0xC0) == 0x80) {
      return keeping;
    }
    keeping = run <= ValueCap.LIMIT;
    run += (b & 0xF8) == 0xF0 ? 2 : 1;
    if (b == '\\') {
      escape = 0;
    }
    return keeping;
  }
}
