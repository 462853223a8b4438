package org.rehabprogress.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Problem;

/**
 * An export's CSV file read record by record, in constant memory: UTF-8 (a byte-order mark
 * accepted, undecodable bytes refused on their line), the header matched case-insensitively after
 * trimming, and where a header repeats a name (Strava, Garmin) the first column of that name wins
 * unless the caller asks for unique names. The caller closes it.
 */
final class SourceCsv implements Closeable {

  /** What a header may name. */
  enum Names {
    /** A name may repeat; it means its first column. */
    FIRST_OF_REPEATS,
    /** Every column has a name, and none repeats: a repeat would make its cells ambiguous. */
    UNIQUE
  }

  /** Maps one record: adds what it makes to the tally, or returns why it cannot be mapped. */
  interface Mapper {
    /** Returns null when the record was mapped (or skipped), else its fault. */
    Fault map(Row row);
  }

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().get();

  private final Path file;
  private final String name;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private final List<String> names;
  private final int width;

  private SourceCsv(
      Path file,
      String name,
      CSVParser parser,
      Iterator<CSVRecord> records,
      Map<String, Integer> columns,
      List<String> names,
      int width) {
    this.file = file;
    this.name = name;
    this.parser = parser;
    this.records = records;
    this.columns = Map.copyOf(columns);
    this.names = List.copyOf(names);
    this.width = width;
  }

  /** Returns whether the file has no header line at all. */
  boolean empty() {
    return width == 0;
  }

  /** Returns whether the header names a column (any case, surrounding space ignored). */
  boolean has(String column) {
    return columns.containsKey(key(column));
  }

  /** Returns the name of the column at an index as the header writes it, or its number. */
  private String name(int index) {
    return index < names.size() && !ValueCap.over(names.get(index))
        ? names.get(index).strip()
        : "column " + (index + 1);
  }

  /**
   * Opens a file and reads its header. An empty file has no records when no column is required.
   *
   * @param file the file
   * @param name the file as the user named it, for messages
   * @param required columns that must be present (any case)
   * @param whatToDo what the user can do when the file is missing, empty or lacks a column, e.g.
   *     {@code name a Garmin Connect activities.csv}
   * @throws InputFileException when the file is missing, empty, malformed or lacks a column, or
   *     repeats a name where names must be unique
   */
  static SourceCsv open(Path file, String name, List<String> required, String whatToDo, Names names)
      throws InputFileException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(
          name,
          0,
          Files.isDirectory(file) ? "is a folder, not a file" : "the file does not exist",
          whatToDo);
    }
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    boolean opened = false;
    try {
      // The cap sits between the decoder and the parser: no cell beyond it reaches the heap.
      Reader capped = new CsvCellCap(new BufferedReader(Utf8Text.reader(in)));
      CSVParser parser = CSVParser.builder().setReader(capped).setFormat(FORMAT).get();
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord header = nextRecord(records, file, name, 1);
      if (header == null && !required.isEmpty()) {
        throw new InputFileException(name, 0, "the file is empty", whatToDo);
      }
      int width = header == null ? 0 : header.size();
      List<String> headerNames = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        headerNames.add(header.get(i));
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = width - 1; i >= 0; i--) {
        String key = key(header.get(i));
        Integer later = columns.put(key, i);
        if (names == Names.UNIQUE && (later != null || key.isEmpty())) {
          throw new InputFileException(
              name, 1, "the header row is not valid CSV or names a column twice", whatToDo);
        }
      }
      for (String column : required) {
        if (!columns.containsKey(key(column))) {
          throw new InputFileException(
              name, 1, "required column \"" + column + "\" is missing", whatToDo);
        }
      }
      SourceCsv csv = new SourceCsv(file, name, parser, records, columns, headerNames, width);
      opened = true;
      return csv;
    } finally {
      if (!opened) {
        in.close();
      }
    }
  }

  /**
   * Reads every record of a file, as {@link #open} opens it and {@link #each} maps it; messages
   * name the file as given, rejects by its name alone.
   *
   * @param whatToDo what the user can do when the file is missing, empty or lacks a column
   */
  static void readAll(
      Path file,
      List<String> required,
      String whatToDo,
      Names names,
      RecordTally tally,
      Mapper mapper)
      throws InputFileException, IOException {
    try (SourceCsv csv = open(file, file.toString(), required, whatToDo, names)) {
      csv.each(tally, String.valueOf(file.getFileName()), mapper);
    }
  }

  /**
   * Returns a mapper that rejects a record whose number of cells differs from the header's, as the
   * canonical reader words it, and maps the others.
   */
  static Mapper complete(Mapper mapper) {
    return row -> {
      Fault cellCount = row.cellCount();
      return cellCount != null ? cellCount : mapper.map(row);
    };
  }

  /**
   * Reads every remaining record: counts it as read, maps it, and rejects it in {@code file} at its
   * line when the mapper returns a fault.
   *
   * @param file the file name rejects name, e.g. {@code activities.csv}
   * @throws InputFileException when the rest of the file is malformed or not UTF-8
   */
  void each(RecordTally tally, String file, Mapper mapper) throws InputFileException {
    for (Row row = next(); row != null; row = next()) {
      tally.read();
      Fault fault = row.overLong();
      if (fault == null) {
        fault = mapper.map(row);
      }
      if (fault != null) {
        fault.rejectIn(tally, file, row.location());
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
            Utf8Text.undecodableLine(file),
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

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
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

    /** Returns the fault of a record with a cell longer than the cap, or null. */
    private Fault overLong() {
      for (int i = 0; i < record.size(); i++) {
        if (ValueCap.over(record.get(i))) {
          return ValueCap.fault(name(i));
        }
      }
      return null;
    }

    private Fault cellCount() {
      return record.size() == width
          ? null
          : Fault.whole(new Problem.CellCount(record.size(), width).reason());
    }

    /** Returns a cell with surrounding space removed, or "" when the column or cell is absent. */
    String get(String column) {
      Integer index = columns.get(key(column));
      return index == null || index >= record.size() ? "" : record.get(index).strip();
    }
  }
}
