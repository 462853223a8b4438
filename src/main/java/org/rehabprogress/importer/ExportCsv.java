package org.rehabprogress.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads a CSV file of an export (UTF-8, a byte-order mark accepted, a header row matched without
 * regard to case) record by record, in constant memory.
 */
final class ExportCsv {

  /** Receives one data record and its location, {@code line N} (the header is line 1). */
  interface Rows {
    /** Handles one record. */
    void accept(Cells cells, String location);
  }

  /** One record's cells by column name; a missing cell reads as empty. */
  static final class Cells {
    private final CSVRecord record;

    private Cells(CSVRecord record) {
      this.record = record;
    }

    /** Returns the cell of a column, stripped; empty when the record is short. */
    String get(String column) {
      return record.isSet(column) ? record.get(column).strip() : "";
    }
  }

  private ExportCsv() {}

  /**
   * Reads every data record of a file.
   *
   * @param file the file
   * @param label the file as the user would name it, for file-level errors
   * @param required columns the file must have
   * @param whatToDo what the user can do when the file is not as expected
   * @throws InputFileException when a required column is missing or the CSV is malformed
   */
  static void each(Path file, String label, List<String> required, String whatToDo, Rows rows)
      throws IOException, InputFileException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            // A column named twice would make its cells ambiguous.
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setTrim(false)
            .get();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      CSVParser parser;
      try {
        parser = format.parse(reader);
      } catch (UncheckedIOException | IllegalArgumentException e) {
        throw new InputFileException(
            label, 1, "the header row is not valid CSV or names a column twice", whatToDo);
      }
      List<String> names =
          parser.getHeaderNames().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
      for (String column : required) {
        if (!names.contains(column.toLowerCase(Locale.ROOT))) {
          throw new InputFileException(label, 1, "the header has no column " + column, whatToDo);
        }
      }
      Iterator<CSVRecord> records = parser.iterator();
      long line = 2;
      try {
        while (true) {
          // The line the next record starts on, named if it is malformed.
          line = parser.getCurrentLineNumber() + 1;
          if (!records.hasNext()) {
            break;
          }
          CSVRecord record = records.next();
          rows.accept(new Cells(record), "line " + line);
        }
      } catch (UncheckedIOException e) {
        throw new InputFileException(
            label,
            line,
            "the file is not valid CSV (an unterminated quote or text after a closing quote)",
            whatToDo);
      }
    }
  }
}
