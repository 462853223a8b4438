package org.rehabprogress.ingest.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits the bytes of a range into records for {@link RowSink#plainRow} or {@link RowSink#accept},
 * exactly as Commons CSV splits them, at a fraction of its cost.
 *
 * <p>Nearly every line of an export is regular: its only line break is its end (a carriage return
 * only just before the newline), and any quote opens a cell and closes it before a separator or the
 * line end, a doubled quote inside standing for one. Such a line has one meaning under RFC 4180,
 * and it is cut here at its separators without Commons CSV's character-at-a-time lexer; a line with
 * bytes that are not ASCII is first checked as strict UTF-8. Any other line (an unclosed quote,
 * text after a closing quote, a quote inside an unquoted cell, a stray carriage return, a line
 * break inside a quoted cell) is handed to Commons CSV, from its start to the first line end that
 * is outside a quoted cell as RFC 4180 reads quotes, so that it gets the library's own records,
 * line numbers and errors. Tests check that both routes give the same records and lines on
 * generated and hostile input.
 */
final class RowSplitter {

  private static final int CHUNK = 1 << 20;

  private final CsvFile csv;
  private final RowSink sink;
  private final int width;
  private final boolean last;
  private final byte delimiter;
  private final InputStream in;
  private final CSVFormat format;
  private byte[] buf = new byte[CHUNK];
  private int pos;
  private int limit;
  private boolean eof;
  private int[] cuts = new int[16];
  private long line = 1;

  private RowSplitter(CsvFile csv, RowSink sink, boolean last, InputStream in) {
    this.csv = csv;
    this.sink = sink;
    this.width = sink.width();
    this.last = last;
    this.delimiter = (byte) csv.delimiter();
    this.in = in;
    this.format = CsvFile.format(csv.delimiter());
  }

  /**
   * Splits the bytes of {@code in} into records for {@code sink}, and returns the range's line
   * count.
   *
   * @param last whether the piece runs to the end of the file (else a quote left open at its end
   *     means the cut before it fell inside a quoted cell)
   */
  static long split(CsvFile csv, RowSink sink, boolean last, InputStream in)
      throws CsvFault, IOException, UnsafeCut {
    RowSplitter splitter = new RowSplitter(csv, sink, last, in);
    // A range read on its own after others of its file numbers its lines on from theirs.
    splitter.line = csv.lineOrigin() + 1;
    splitter.run();
    // Commons CSV counts an empty range as one line; nothing after such a range is rebased on it
    return Math.max(1, splitter.line - 1 - csv.lineOrigin());
  }

  private void run() throws CsvFault, IOException, UnsafeCut {
    fill();
    while (pos < limit || !eof) {
      if (!nextLine()) {
        break;
      }
    }
  }

  /**
   * Adds the record that starts at {@code pos}; returns false when the range holds no more. One
   * call a line (rather than one loop over the range) lets the JIT compile it once, as a method,
   * instead of compiling the loop again for each piece and after each rare path first taken.
   */
  private boolean nextLine() throws CsvFault, IOException, UnsafeCut {
    int n = 0;
    boolean ascii = true;
    boolean quotes = false;
    boolean strayCr = false;
    int cr = -1;
    int i = pos;
    for (; ; i++) {
      if (i == limit) {
        int shift = more();
        if (shift < 0) {
          break;
        }
        i -= shift;
        for (int k = 0; k < n; k++) {
          cuts[k] -= shift;
        }
        if (cr >= 0) {
          cr -= shift;
        }
        if (i == limit) {
          break;
        }
      }
      byte b = buf[i];
      if (b == '\n') {
        break;
      }
      if (b == delimiter) {
        if (n == cuts.length) {
          cuts = Arrays.copyOf(cuts, n * 2);
        }
        cuts[n++] = i;
      } else if (b == '"') {
        quotes = true;
      } else if (b == '\r') {
        strayCr |= cr >= 0;
        cr = i;
      } else if (b < 0) {
        ascii = false;
      }
    }
    boolean newline = i < limit;
    int end = i;
    if (cr >= 0) {
      if (cr == end - 1 && newline) {
        end = cr;
      } else {
        strayCr = true;
      }
    }
    if (strayCr) {
      quoted(); // a carriage return that does not end the line breaks it, as Commons CSV reads it
      return true;
    }
    if (pos == end && !newline) {
      return false; // nothing after the last line end
    }
    if (quotes && (n = quotedCuts(end)) < 0) {
      quoted();
      return true;
    }
    if (!ascii && !Utf8.isValid(buf, pos, end)) {
      throw csv.undecodable();
    }
    if (n + 1 != width
        || !sink.plainRow(new Line(buf, pos, cuts, end, width, quotes, ascii), (int) line)) {
      sink.accept(cells(end, n, quotes, ascii), (int) line);
    }
    line++; // as Commons CSV counts: a last line without a line end counts too
    pos = newline ? i + 1 : i;
    return true;
  }

  /**
   * Cuts a line that holds a quote at its separators outside quoted cells, when its quoting is
   * regular: each quote opens a cell or closes one that it opened (a doubled quote inside is an
   * escaped quote), a closing quote is followed by a separator or the line end, and no quoted cell
   * holds a line break. Returns the number of separators, or -1 for any other line, which Commons
   * CSV then reads. The line holds no carriage return: one would have sent it there already.
   */
  private int quotedCuts(int end) {
    int n = 0;
    int i = pos;
    while (true) {
      if (i < end && buf[i] == '"') {
        i++;
        while (true) {
          if (i >= end) {
            return -1; // never closed on this line
          }
          if (buf[i] == '"') {
            if (i + 1 < end && buf[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        if (i < end && buf[i] != delimiter) {
          return -1; // text after the closing quote
        }
      } else {
        while (i < end && buf[i] != delimiter) {
          if (buf[i] == '"') {
            return -1; // a quote inside an unquoted cell
          }
          i++;
        }
      }
      if (i == end) {
        return n;
      }
      cuts[n++] = i; // the line was cut at every separator before, so this one fits
      i++;
    }
  }

  /** Returns the cells of a line already cut into {@code n + 1} cells, decoded and unquoted. */
  private String[] cells(int end, int n, boolean quotes, boolean ascii) {
    String[] cells = new String[n + 1];
    for (int k = 0; k <= n; k++) {
      int from = k == 0 ? pos : cuts[k - 1] + 1;
      int to = k == n ? end : cuts[k];
      cells[k] = Line.text(buf, from, to, quotes, ascii);
    }
    return cells;
  }

  /**
   * Hands the record that starts at {@code pos} to Commons CSV: the bytes up to the first line end
   * outside a quoted cell, or to the end of the piece when a quote is never closed.
   */
  private void quoted() throws CsvFault, IOException, UnsafeCut {
    QuoteScanner quotes = new QuoteScanner(csv.delimiter(), csv.delimiter());
    int i = pos;
    for (; ; i++) {
      if (i == limit) {
        int shift = more();
        if (shift < 0) {
          break;
        }
        i -= shift;
        if (i == limit) {
          break;
        }
      }
      byte b = buf[i];
      if (quotes.outside(b & 0xFF) && b == '\n') {
        break;
      }
    }
    int end = i < limit ? i + 1 : i;
    String text = decode(pos, end);
    long next = line;
    try (CSVParser parser = format.parse(new StringReader(text))) {
      try {
        for (CSVRecord record : parser) {
          int localLine = (int) next;
          next = line + parser.getCurrentLineNumber();
          sink.accept(record.values(), localLine);
        }
        line += parser.getCurrentLineNumber();
      } catch (UncheckedIOException e) {
        if (!last) {
          throw new UnsafeCut();
        }
        throw CsvFile.malformed(csv.display(), csv.headerLines() + next, e.getCause());
      }
    }
    pos = end;
  }

  /** Decodes bytes as strict UTF-8, or stops the run naming the first byte that is not. */
  private String decode(int from, int to) throws CsvFault, IOException {
    try {
      return CsvFile.decoder().decode(ByteBuffer.wrap(buf, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw csv.undecodable();
    }
  }

  /**
   * Reads more of the range behind the line under way; returns how far its bytes moved towards the
   * front of the buffer, or -1 when the range has no more. Nothing new was read when the line's end
   * is still the buffer's limit.
   */
  private int more() throws IOException {
    if (eof) {
      return -1;
    }
    int shift = pos;
    fill();
    return shift;
  }

  /** Moves the unread bytes to the front, growing the buffer when a line fills it, and reads. */
  private void fill() throws IOException {
    int unread = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, unread);
    } else if (unread == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    pos = 0;
    limit = unread;
    while (limit < buf.length) {
      int read = in.read(buf, limit, buf.length - limit);
      if (read < 0) {
        eof = true;
        return;
      }
      limit += read;
      if (read == 0) {
        return;
      }
    }
  }
}
