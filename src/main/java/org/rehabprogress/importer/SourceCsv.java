package org.rehabprogress.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rehabprogress.ingest.InputFileException;

/**
 * An export's CSV file read record by record: UTF-8 (a byte-order mark accepted, undecodable bytes
 * refused), the header matched case-insensitively after trimming, and where a header repeats a name
 * (Strava, Garmin) the first column of that name wins. The caller closes it.
 */
final class SourceCsv implements Closeable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().get();

  private final Path file;
  private final String name;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private final int width;

  private SourceCsv(
      Path file,
      String name,
      CSVParser parser,
      Iterator<CSVRecord> records,
      Map<String, Integer> columns,
      int width) {
    this.file = file;
    this.name = name;
    this.parser = parser;
    this.records = records;
    this.columns = Map.copyOf(columns);
    this.width = width;
  }

  /**
   * Opens a file and reads its header.
   *
   * @param file the file
   * @param name the file as the user named it, for messages
   * @param required columns that must be present (any case)
   * @param kind what the file should be, e.g. {@code a Garmin Connect activities.csv}
   * @throws InputFileException when the file is missing, empty, malformed or lacks a column
   */
  static SourceCsv open(Path file, String name, List<String> required, String kind)
      throws InputFileException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(
          name,
          0,
          Files.isDirectory(file) ? "is a folder, not a file" : "the file does not exist",
          "name " + kind);
    }
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    boolean opened = false;
    try {
      skipByteOrderMark(in);
      InputStreamReader reader =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord header = nextRecord(records, file, name, 1);
      if (header == null) {
        throw new InputFileException(name, 0, "the file is empty", "name " + kind);
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = header.size() - 1; i >= 0; i--) {
        columns.put(key(header.get(i)), i);
      }
      for (String column : required) {
        if (!columns.containsKey(key(column))) {
          throw new InputFileException(
              name, 1, "required column \"" + column + "\" is missing", "name " + kind);
        }
      }
      SourceCsv csv = new SourceCsv(file, name, parser, records, columns, header.size());
      opened = true;
      return csv;
    } finally {
      if (!opened) {
        in.close();
      }
    }
  }

  /** Returns the next record, or null at the end of the file. */
  Row next() throws InputFileException {
    long line = parser.getCurrentLineNumber() + 1;
    CSVRecord record = nextRecord(records, file, name, line);
    return record == null ? null : new Row(line, record);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static CSVRecord nextRecord(
      Iterator<CSVRecord> records, Path file, String name, long line) throws InputFileException {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InputFileException(
            name,
            undecodableLine(file),
            "the file is not UTF-8 text",
            "save or export it again as UTF-8");
      }
      throw new InputFileException(
          name,
          line,
          "malformed CSV (an unterminated or stray quote) in the record starting here",
          "export the file again; quote cells that hold commas, quotes or line breaks");
    }
  }

  /**
   * Returns the first line holding bytes that are not UTF-8; the reader decodes ahead of the
   * parser, so the parser's line would be wrong. A line feed byte never occurs inside a UTF-8
   * sequence, so lines can be decoded one at a time. Returns 0 when no such line is found.
   */
  private static long undecodableLine(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long number = 1;
      for (int b = in.read(); ; b = in.read()) {
        if (b == '\n' || b < 0) {
          try {
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line.toByteArray()));
          } catch (CharacterCodingException e) {
            return number;
          }
          if (b < 0) {
            return 0;
          }
          line.reset();
          number++;
        } else {
          line.write(b);
        }
      }
    } catch (IOException e) {
      return 0;
    }
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  private static void skipByteOrderMark(InputStream in) throws IOException {
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (bom.length < 3 || bom[0] != (byte) 0xEF || bom[1] != (byte) 0xBB || bom[2] != (byte) 0xBF) {
      in.reset();
    }
  }

  /** One record: its first line in the file and its cells by column name. */
  final class Row {
    private final long line;
    private final CSVRecord record;

    private Row(long line, CSVRecord record) {
      this.line = line;
      this.record = record;
    }

    /** Returns the 1-based line the record starts on (the header is line 1). */
    long line() {
      return line;
    }

    /** Returns the location text of a reject: {@code line 17}. */
    String location() {
      return "line " + line;
    }

    /** Returns whether the record has as many cells as the header. */
    boolean complete() {
      return record.size() == width;
    }

    /** Returns the number of cells. */
    int size() {
      return record.size();
    }

    /** Returns the header's number of cells. */
    int width() {
      return width;
    }

    /** Returns a cell as written, or "" when the column or the cell is absent. */
    String raw(String column) {
      Integer index = columns.get(key(column));
      return index == null || index >= record.size() ? "" : record.get(index);
    }

    /** Returns a cell with surrounding space removed, or "" when absent. */
    String get(String column) {
      return raw(column).strip();
    }
  }
}
