package org.rehabprogress.ingest.bytes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An input CSV file opened for reading: its byte-order mark, separator (a comma, or a semicolon
 * when the header has more semicolons than commas) and header row, and the byte ranges ("pieces")
 * its data rows can be parsed in, in parallel. Pieces are cut right after a newline; a cut that
 * falls inside a quoted field is detected by the piece before it, and the file is then read in one
 * piece. A byte range of a file whose header was read elsewhere, from any {@link ByteSource}, can
 * be read on its own ({@link #range}), its lines numbered on from those before it.
 */
public final class CsvFile {

  /** Files smaller than this are read in one piece: a thread would cost more than it saves. */
  public static final long MIN_PIECE_BYTES = 4L << 20;

  private static final int PREFIX_BYTES = 1 << 20;

  // A local file (opened here), or null for a range of a ByteSource's bytes.
  private final Path path;
  private final ByteSource source;
  private final String name;
  private final String display;
  private final long size;
  private final char delimiter;
  private final List<String> headerCells;
  private final long dataStart;
  private final long headerLines;
  private final double bytesPerRow;
  // Where the bytes this file is read from begin, and the number of the line before them: 0 and 0
  // for a whole file; a range read on its own knows its lines only relative to the caller's.
  private final long byteOrigin;
  private final long lineOrigin;

  private CsvFile(
      Path path,
      ByteSource source,
      String name,
      String display,
      long size,
      char delimiter,
      List<String> headerCells,
      long dataStart,
      long headerLines,
      double bytesPerRow,
      long byteOrigin,
      long lineOrigin) {
    this.path = path;
    this.source = source;
    this.name = name;
    this.display = display;
    this.size = size;
    this.delimiter = delimiter;
    this.headerCells = List.copyOf(headerCells);
    this.dataStart = dataStart;
    this.headerLines = headerLines;
    this.bytesPerRow = bytesPerRow;
    this.byteOrigin = byteOrigin;
    this.lineOrigin = lineOrigin;
  }

  /**
   * Opens a file and reads its header.
   *
   * @param path the file
   * @param display the file as the user named it, for messages
   * @throws CsvFault when the file is missing, empty, or its header is unreadable
   */
  public static CsvFile open(Path path, String display) throws CsvFault, IOException {
    if (!Files.isRegularFile(path)) {
      throw new CsvFault(
          display,
          0,
          "file not found",
          "check the name, or pass the folder that holds it with --in");
    }
    long size = Files.size(path);
    byte[] prefix = new byte[(int) Math.min(size, PREFIX_BYTES)];
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.wrap(prefix);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read the prefix fully
      }
    }
    Head head;
    try {
      head = head(prefix, size, display);
    } catch (CharacterCodingException e) {
      throw undecodable(
          (start, end) -> new RangeInputStream(path, start, end, null), 0, size, 1, display);
    }
    int headerEnd = Math.toIntExact(head.dataStart());
    long rows = 0;
    for (int i = headerEnd; i < prefix.length; i++) {
      if (prefix[i] == '\n') {
        rows++;
      }
    }
    double bytesPerRow = rows < 16 ? 24 : (double) (prefix.length - headerEnd) / rows;
    return new CsvFile(
        path,
        null,
        path.getFileName().toString(),
        display,
        size,
        head.delimiter(),
        head.cells(),
        headerEnd,
        head.headerLines(),
        bytesPerRow,
        0,
        0);
  }

  /**
   * Returns a byte range of a file whose header was read elsewhere (see {@link #head}), to be read
   * on its own by {@link #split}: its lines are numbered from {@code lineOrigin + 1}, and a message
   * names the line so numbered (the caller, who knows the lines before the range, places it in the
   * file). Such a file is not cut into {@link #pieces}.
   *
   * @param bytes the file's bytes
   * @param name the file's name in ledgers and rejects
   * @param display the file as the user named it, for messages
   * @param delimiter the file's separator, ',' or ';'
   * @param headerCells the file's header cells
   * @param range the bytes to read: from a line start after the header to a line start or the end
   * @param lineOrigin the number given to the line before the range's first
   */
  public static CsvFile range(
      ByteSource bytes,
      String name,
      String display,
      char delimiter,
      List<String> headerCells,
      ByteRange range,
      long lineOrigin) {
    return new CsvFile(
        null,
        bytes,
        name,
        display,
        range.end(),
        delimiter,
        headerCells,
        range.start(),
        0,
        24,
        range.start(),
        lineOrigin);
  }

  /**
   * Reads a file's header from its first bytes: the byte-order mark, the header row (which may span
   * lines inside quotes), and the separator.
   *
   * @param prefix the file's first bytes, up to 1 MB
   * @param size the file's size in bytes
   * @param display the file as the user named it, for messages
   * @throws CharacterCodingException when the header is not UTF-8
   */
  public static Head head(byte[] prefix, long size, String display)
      throws CsvFault, CharacterCodingException {
    int bom =
        prefix.length >= 3
                && prefix[0] == (byte) 0xEF
                && prefix[1] == (byte) 0xBB
                && prefix[2] == (byte) 0xBF
            ? 3
            : 0;
    int headerEnd = headerEnd(prefix, bom);
    String headerText = decoder().decode(ByteBuffer.wrap(prefix, bom, headerEnd - bom)).toString();
    if (headerText.isBlank()) {
      throw new CsvFault(
          display, 1, "the file is empty (no header row)", "export it again with its header row");
    }
    char delimiter = count(headerText, ';') > count(headerText, ',') ? ';' : ',';
    List<String> cells = new ArrayList<>();
    try (CSVParser parser = format(delimiter).parse(new StringReader(headerText))) {
      for (CSVRecord record : parser) {
        record.forEach(cells::add);
        break;
      }
    } catch (UncheckedIOException e) {
      throw malformed(display, 1, e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    long headerLines = 0;
    for (int i = bom; i < headerEnd; i++) {
      if (prefix[i] == '\n') {
        headerLines++;
      }
    }
    if (headerEnd == prefix.length && size > prefix.length) {
      throw new CsvFault(
          display, 1, "the header row is longer than 1 MB", "check that the file is a CSV file");
    }
    return new Head(cells, delimiter, headerEnd, Math.max(1, headerLines));
  }

  /**
   * A file's header as {@link #head} reads it.
   *
   * @param cells the header cells
   * @param delimiter the separator, ',' or ';'
   * @param dataStart the offset of the first data byte
   * @param headerLines the lines the header spans
   */
  public record Head(List<String> cells, char delimiter, long dataStart, long headerLines) {
    /** Copies the cells. */
    public Head {
      cells = List.copyOf(cells);
    }
  }

  /**
   * Returns the offset just after the header's line end, or the prefix length. As in Commons CSV, a
   * quotation mark opens a quoted cell only where a cell starts (a stray one in a name, as in
   * {@code no"tes}, is text), and a line ends at LF, CRLF or a CR alone (files saved with old Mac
   * line ends).
   */
  private static int headerEnd(byte[] prefix, int from) {
    // The separator is not known yet: both ',' and ';' start a cell.
    QuoteScanner quotes = new QuoteScanner(',', ';');
    for (int i = from; i < prefix.length; i++) {
      byte b = prefix[i];
      if (quotes.outside(b & 0xFF)
          && (b == '\n' || (b == '\r' && (i + 1 == prefix.length || prefix[i + 1] != '\n')))) {
        return i + 1;
      }
    }
    return prefix.length;
  }

  /** Counts the separators {@code c} outside quoted cells, by the rule of {@link #headerEnd}. */
  private static int count(String s, char c) {
    int n = 0;
    QuoteScanner quotes = new QuoteScanner(',', ';');
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (quotes.outside(x) && x == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the Commons CSV format of the data rows: RFC 4180 quoting, blank lines kept as rows.
   */
  public static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrailingData(false)
        .setLenientEof(false)
        .get();
  }

  static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Returns the file as the user named it, for messages. */
  public String display() {
    return display;
  }

  /** Returns the file's own name, e.g. {@code symptoms.csv}. */
  public String name() {
    return name;
  }

  /** Returns the file's size in bytes. */
  public long size() {
    return size;
  }

  /** Returns the separator, ',' or ';'. */
  public char delimiter() {
    return delimiter;
  }

  /** Returns the header's cells. */
  public List<String> headerCells() {
    return headerCells;
  }

  /** Returns the number of lines the header spans (the first data line is this plus one). */
  public long headerLines() {
    return headerLines;
  }

  /** Returns the number of the line before the first this file's bytes hold (0 for a file). */
  long lineOrigin() {
    return lineOrigin;
  }

  /** Returns a guess of the rows in a number of bytes, for sizing columns: a little over. */
  public int expectedRows(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE - 16, bytes / bytesPerRow * 1.02 + 16);
  }

  /** Returns the data rows' byte ranges: up to {@code count} pieces, each cut after a newline. */
  public List<ByteRange> pieces(int count, long minPieceBytes) throws IOException {
    if (path == null) {
      throw new IllegalStateException("a range is read whole");
    }
    List<ByteRange> pieces = new ArrayList<>();
    long data = size - dataStart;
    int n = (int) Math.max(1, Math.min(count, data / minPieceBytes));
    long start = dataStart;
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      for (int k = 1; k < n; k++) {
        long cut = nextLineStart(channel, dataStart + data * k / n);
        if (cut > start && cut < size) {
          pieces.add(new ByteRange(start, cut));
          start = cut;
        }
      }
    }
    pieces.add(new ByteRange(start, size));
    return pieces;
  }

  private long nextLineStart(FileChannel channel, long from) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long position = from;
    while (position < size) {
      buffer.clear();
      int read = channel.read(buffer, position);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (buffer.get(i) == '\n') {
          return position + i + 1;
        }
      }
      position += read;
    }
    return size;
  }

  /**
   * Splits the records of a byte range of the file into a sink, each as a regular line's cells or
   * as Commons CSV reads it, and returns the number of lines the range holds (at least 1, as
   * Commons CSV counts an empty range).
   *
   * @param range the bytes, starting at a line start (see {@link #pieces})
   * @param last whether the range runs to the end of the file (else a quote left open at its end
   *     means the cut before it fell inside a quoted cell)
   * @param progress a counter of the bytes read, or null
   * @throws UnsafeCut when a range that is not the last ends inside a quoted cell or stops on
   *     malformed CSV: read the file again in one range
   * @throws CsvFault when the file is malformed CSV or not UTF-8
   */
  public long split(ByteRange range, boolean last, RowSink sink, AtomicLong progress)
      throws CsvFault, IOException, UnsafeCut {
    try (InputStream in = open(range.start(), range.end(), progress)) {
      return RowSplitter.split(this, sink, last, in);
    }
  }

  /** Opens a byte range of the file, counting the bytes read into {@code progress} (or null). */
  private InputStream open(long start, long end, AtomicLong progress) throws IOException {
    if (path != null) {
      return new RangeInputStream(path, start, end, progress);
    }
    InputStream in = source.open(start, end);
    if (progress == null) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          progress.addAndGet(n);
        }
        return n;
      }
    };
  }

  /**
   * Returns the problem of bytes that are not UTF-8 in this file's bytes, naming the line (numbered
   * as {@link #range} says) and the byte of the first of them.
   */
  CsvFault undecodable() throws IOException {
    return undecodable(
        (start, end) -> open(start, end, null), byteOrigin, size, lineOrigin + 1, display);
  }

  /** Maps a Commons CSV failure at a record starting on {@code line} to a one-line file problem. */
  public static CsvFault malformed(String display, long line, Throwable cause) {
    String message = String.valueOf(cause == null ? null : cause.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return new CsvFault(
          display,
          line,
          "a quoted cell that starts on this line is never closed",
          "close the quote (\") or remove it, and write a quote inside a quoted cell as \"\"");
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")
        || message.contains("Invalid char between encapsulated token and delimiter")) {
      return new CsvFault(
          display,
          line,
          "text follows the closing quote of a quoted cell",
          "quote the whole cell, and write a quote inside a quoted cell as \"\"");
    }
    return new CsvFault(
        display, line, "malformed CSV (" + message + ")", "export the file again as CSV");
  }

  /**
   * Finds the first byte that is not UTF-8 in the bytes {@code [from, to)} of a file, and names its
   * line.
   *
   * @param line the number of the line at {@code from}
   */
  private static CsvFault undecodable(
      ByteSource bytes, long from, long to, long line, String display) throws IOException {
    CharsetDecoder decoder = decoder();
    long offset = from;
    try (InputStream channel = bytes.open(from, to)) {
      byte[] chunk = new byte[1 << 16];
      ByteBuffer in = ByteBuffer.allocate(1 << 16);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 16);
      while (true) {
        int read = channel.read(chunk, 0, in.remaining());
        if (read > 0) {
          in.put(chunk, 0, read);
        }
        in.flip();
        int before = in.position();
        java.nio.charset.CoderResult result;
        do {
          out.clear();
          result = decoder.decode(in, out, read < 0);
        } while (result.isOverflow());
        if (result.isError()) {
          for (int i = before; i < in.position(); i++) {
            if (in.get(i) == '\n') {
              line++;
            }
          }
          offset += in.position() - before;
          break;
        }
        for (int i = before; i < in.position(); i++) {
          if (in.get(i) == '\n') {
            line++;
          }
        }
        offset += in.position() - before;
        in.compact();
        if (read < 0) {
          break;
        }
      }
    }
    return new CsvFault(
        display,
        line,
        "bytes that are not UTF-8 text (at byte " + offset + ")",
        "save or export the file again as UTF-8");
  }
}
