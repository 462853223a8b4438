package org.rehabprogress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A stream of XML bytes (UTF-8, or any encoding in which the markup characters are single ASCII
 * bytes) that passes at most {@link ValueCap#LIMIT} + 1 characters of any attribute value, text
 * run, comment, CDATA section or processing instruction, dropping the rest, so that a parser behind
 * it never holds a longer value (a StAX parser builds each attribute value whole). The markup is
 * kept intact: an entity or character reference is one character, passed or dropped whole, as is a
 * CR LF pair and a multi-byte UTF-8 character, so the parser sees a shorter but well-formed value,
 * longer than the cap exactly when the original was, which the reader then rejects. One state
 * machine over XML's lexical states (text, markup, attribute value, comment, CDATA, processing
 * instruction, the DTD's internal subset), so one class of a little over 300 lines.
 */
final class XmlValueCap extends InputStream {

  private enum State {
    TEXT,
    MARKUP,
    VALUE,
    COMMENT,
    CDATA,
    PI
  }

  private static final byte[] COMMENT_OPEN = "!--".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CDATA_OPEN = "![CDATA[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DOCTYPE_OPEN = "!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final int REFERENCE_MAX = 12;

  private final InputStream in;
  private final byte[] input = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] queue = new byte[1 << 12];
  private int head;
  private int size;
  private State state = State.TEXT;
  private byte quote;
  private boolean doctype;
  private boolean subset;
  private int run;
  private boolean keeping = true;
  private boolean lastWasCr;
  private int closers;
  private int referenceBytes = -1;
  private long referenceValue;
  private boolean referenceHex;
  private boolean referenceNumeric;

  XmlValueCap(InputStream in) {
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
      if (size > 0) {
        int take = Math.min(size, length - n);
        System.arraycopy(queue, head, buffer, offset + n, take);
        head += take;
        size -= take;
        n += take;
        if (size == 0) {
          head = 0;
        }
        continue;
      }
      n = plain(buffer, offset, length, n);
      if (n >= length) {
        break;
      }
      int b = next();
      if (b < 0) {
        flushClosers();
        if (size == 0) {
          return n == 0 ? -1 : n;
        }
        continue;
      }
      step(b);
    }
    return n;
  }

  /**
   * Passes the plain bytes of a text run or attribute value (no markup, reference or line break)
   * straight from the input buffer: the common case, without a call per byte. Returns the bytes now
   * in {@code buffer} past {@code offset}.
   */
  private int plain(byte[] buffer, int offset, int length, int n) {
    boolean value = state == State.VALUE;
    if (!(value || (state == State.TEXT && !subset)) || referenceBytes >= 0) {
      return n;
    }
    int stop = value ? quote & 0xFF : '<';
    while (n < length && position < limit) {
      int b = input[position] & 0xFF;
      if (b == stop || b == '&' || b == '\r' || b == '\n' || (!value && b == ']')) {
        break;
      }
      position++;
      if ((b & 0xC0) != 0x80) {
        keeping = run <= ValueCap.LIMIT;
        run += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
      lastWasCr = false;
      if (keeping) {
        buffer[offset + n++] = (byte) b;
      }
    }
    return n;
  }

  /** Returns the next input byte, or -1 at the end. */
  private int next() throws IOException {
    if (position == limit && !fill(1)) {
      return -1;
    }
    return input[position++] & 0xFF;
  }

  /** Makes at least {@code count} bytes available past the position; false if the input ends. */
  private boolean fill(int count) throws IOException {
    if (limit - position >= count) {
      return true;
    }
    System.arraycopy(input, position, input, 0, limit - position);
    limit -= position;
    position = 0;
    while (limit < count) {
      int got = in.read(input, limit, input.length - limit);
      if (got < 0) {
        return false;
      }
      limit += got;
    }
    return true;
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
    return size;
  }

  @Override
  public void close() throws IOException {
    in.close();
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

  private void emit(int b) {
    if (head + size == queue.length) {
      if (head > 0) {
        System.arraycopy(queue, head, queue, 0, size);
        head = 0;
      } else {
        queue = Arrays.copyOf(queue, queue.length * 2);
      }
    }
    queue[head + size] = (byte) b;
    size++;
  }

  private void emit(byte[] bytes) {
    for (byte b : bytes) {
      emit(b & 0xFF);
    }
  }

  private void step(int b) throws IOException {
    switch (state) {
      case TEXT -> text(b);
      case MARKUP -> markup(b);
      case VALUE -> value(b);
      case COMMENT -> closing(b, '-', 2, State.TEXT);
      case CDATA -> closing(b, ']', 2, State.TEXT);
      default -> closing(b, '?', 1, State.TEXT);
    }
  }

  private void text(int b) throws IOException {
    if (b == '<' && referenceBytes < 0) {
      open();
      return;
    }
    if (subset && b == ']' && referenceBytes < 0) {
      subset = false;
      state = State.MARKUP;
      emit(b);
      return;
    }
    content(b);
  }

  private void open() throws IOException {
    emit('<');
    fill(8);
    int got = Math.min(8, limit - position);
    byte[] seen = Arrays.copyOfRange(input, position, position + got);
    int used;
    if (startsWith(seen, COMMENT_OPEN)) {
      state = State.COMMENT;
      used = COMMENT_OPEN.length;
    } else if (startsWith(seen, CDATA_OPEN)) {
      state = State.CDATA;
      used = CDATA_OPEN.length;
    } else if (got > 0 && seen[0] == '?') {
      state = State.PI;
      used = 1;
    } else {
      state = State.MARKUP;
      if (!subset && startsWith(seen, DOCTYPE_OPEN)) {
        doctype = true;
        used = DOCTYPE_OPEN.length;
      } else {
        used = 0;
      }
    }
    emit(Arrays.copyOf(seen, used));
    position += used;
    startRun();
  }

  private static boolean startsWith(byte[] seen, byte[] prefix) {
    return seen.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(seen, prefix.length), prefix);
  }

  private void markup(int b) {
    emit(b);
    if (b == '"' || b == '\'') {
      state = State.VALUE;
      quote = (byte) b;
      startRun();
    } else if (b == '[' && doctype) {
      subset = true;
      state = State.TEXT;
      startRun();
    } else if (b == '>') {
      if (doctype && !subset) {
        doctype = false;
      }
      state = State.TEXT;
      startRun();
    }
  }

  private void value(int b) {
    if (b == quote && referenceBytes < 0) {
      emit(b);
      state = State.MARKUP;
      return;
    }
    content(b);
  }

  /** Handles a byte of a section ended by {@code count} {@code closer}s and '>'. */
  private void closing(int b, char closer, int count, State after) {
    if (b == closer) {
      closers++;
      if (closers > count) {
        // Only the last `count` closers may end the section; earlier ones are content.
        closers = count;
        content(closer);
      }
      return;
    }
    if (b == '>' && closers == count) {
      closers = 0;
      for (int i = 0; i < count; i++) {
        emit(closer);
      }
      emit('>');
      state = after;
      startRun();
      return;
    }
    flushClosers();
    content(b);
  }

  private void flushClosers() {
    char closer = state == State.COMMENT ? '-' : state == State.CDATA ? ']' : '?';
    int pending = closers;
    closers = 0;
    for (int i = 0; i < pending; i++) {
      content(closer);
    }
  }

  private void startRun() {
    run = 0;
    keeping = true;
    lastWasCr = false;
    referenceBytes = -1;
  }

  /** Counts a byte of a value, text or section; passes it while the run is within the cap. */
  private void content(int b) {
    if (referenceBytes >= 0) {
      reference(b);
      return;
    }
    boolean continuation = (b & 0xC0) == 0x80 || (b == '\n' && lastWasCr);
    lastWasCr = b == '\r';
    if (!continuation) {
      keeping = run <= ValueCap.LIMIT;
      // A four-byte UTF-8 character is two UTF-16 units, as the parser's String counts it.
      run += (b & 0xF8) == 0xF0 ? 2 : 1;
      if (b == '&' && state != State.COMMENT && state != State.CDATA && state != State.PI) {
        referenceBytes = 0;
        referenceValue = 0;
        referenceHex = false;
        referenceNumeric = false;
      }
    }
    if (keeping) {
      emit(b);
    }
  }

  /** Passes or drops a byte of an entity or character reference with the reference's '&'. */
  private void reference(int b) {
    if (keeping) {
      emit(b);
    }
    referenceBytes++;
    if (b == ';' || referenceBytes > REFERENCE_MAX) {
      if (referenceNumeric && referenceValue > 0xFFFF) {
        run++;
      }
      referenceBytes = -1;
      return;
    }
    if (referenceBytes == 1 && b == '#') {
      referenceNumeric = true;
    } else if (referenceNumeric && referenceBytes == 2 && (b == 'x' || b == 'X')) {
      referenceHex = true;
    } else if (referenceNumeric) {
      int digit = Character.digit(b, referenceHex ? 16 : 10);
      if (digit >= 0) {
        referenceValue = Math.min(referenceValue * (referenceHex ? 16 : 10) + digit, 1L << 32);
      }
    }
  }
}
