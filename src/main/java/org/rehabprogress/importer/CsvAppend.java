package org.rehabprogress.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rehabprogress.ingest.InputFileException;

/**
 * Appends rows to one CSV file that may already exist: its bytes are kept as they are, new rows are
 * mapped onto its own header (column order, separator, line ending), and a row equal to one already
 * in the file, or to one appended earlier, is counted as a duplicate instead. Rows compare by their
 * {@link RowIdentity}: an observation stamped with an instant is the same row whatever date its
 * export put it on.
 */
final class CsvAppend {

  private static final int PROBE = 64 * 1024;

  /** The shape of an existing file, read from its header line. */
  private record Layout(List<String> columns, char delimiter, String lineEnd, boolean endsInLine) {}

  private CsvAppend() {}

  /**
   * Merges rows into a file, creating it with the given header when it is absent or empty.
   *
   * @param file the file to append to (in the temporary folder)
   * @param label the file as the user would name it, for messages
   * @param header the canonical column names the rows' cells follow
   * @param patientColumn index of patient_id in the header, or -1: only existing rows of the new
   *     rows' patients can be duplicates, so only those are held in memory
   * @param rows the new rows' cells, in header order
   * @param duplicates set to the indexes of the rows counted as duplicates
   * @return rows added and duplicates
   * @throws InputFileException when the existing file is not valid CSV or lacks a column the rows
   *     fill
   */
  static ImportLedger.FileCount merge(
      Path file,
      String label,
      List<String> header,
      int patientColumn,
      List<List<String>> rows,
      BitSet duplicates)
      throws IOException, InputFileException {
    String name = file.getFileName().toString();
    Layout layout = Files.exists(file) ? layout(file, label) : null;
    if (layout == null) {
      return create(file, name, header, rows, duplicates);
    }
    int[] source = new int[layout.columns().size()];
    for (int i = 0; i < source.length; i++) {
      source[i] = header.indexOf(layout.columns().get(i));
    }
    requireColumns(label, header, layout, rows);
    Set<String> patients = new HashSet<>();
    if (patientColumn >= 0) {
      rows.forEach(row -> patients.add(row.get(patientColumn)));
    }
    int keyColumn = patientColumn < 0 ? -1 : layout.columns().indexOf(header.get(patientColumn));
    RowIdentity identity = new RowIdentity(layout.columns());
    Set<List<String>> seen = existingRows(file, label, layout, keyColumn, patients, identity);
    List<List<String>> added = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      List<String> mapped = new ArrayList<>(source.length);
      for (int index : source) {
        mapped.add(index < 0 ? "" : row.get(index));
      }
      if (seen.add(identity.of(mapped))) {
        added.add(mapped);
      } else {
        duplicates.set(r);
      }
    }
    if (!added.isEmpty()) {
      CSVFormat format = format(layout.delimiter(), layout.lineEnd());
      try (Writer out =
          Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
        if (!layout.endsInLine()) {
          out.write(layout.lineEnd());
        }
        for (List<String> row : added) {
          format.printRecord(out, row.toArray());
        }
      }
    }
    return new ImportLedger.FileCount(name, added.size(), rows.size() - added.size());
  }

  private static ImportLedger.FileCount create(
      Path file, String name, List<String> header, List<List<String>> rows, BitSet duplicates)
      throws IOException {
    RowIdentity identity = new RowIdentity(header);
    Set<List<String>> seen = new HashSet<>();
    long added = 0;
    // CSVFormat.printRecord rather than CSVPrinter: the latter's class file carries SpotBugs
    // annotations that javac -Xlint reports as missing, which -Werror turns into a failure.
    CSVFormat format = format(',', "\n");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      format.printRecord(out, header.toArray());
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        if (seen.add(identity.of(row))) {
          format.printRecord(out, row.toArray());
          added++;
        } else {
          duplicates.set(r);
        }
      }
    }
    return new ImportLedger.FileCount(name, added, rows.size() - added);
  }

  private static void requireColumns(
      String label, List<String> header, Layout layout, List<List<String>> rows)
      throws InputFileException {
    for (int i = 0; i < header.size(); i++) {
      if (layout.columns().contains(header.get(i))) {
        continue;
      }
      for (List<String> row : rows) {
        if (!row.get(i).isEmpty()) {
          throw new InputFileException(
              label,
              1,
              "the header has no column " + header.get(i) + ", which this import fills",
              "add the column to the header (an empty cell is a missing value)"
                  + " or import into another folder");
        }
      }
    }
  }

  private static Set<List<String>> existingRows(
      Path file,
      String label,
      Layout layout,
      int keyColumn,
      Set<String> patients,
      RowIdentity identity)
      throws IOException, InputFileException {
    Set<List<String>> rows = new HashSet<>();
    int width = layout.columns().size();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      CSVParser parser = format(layout.delimiter(), layout.lineEnd()).parse(reader);
      long line = 1;
      try {
        Iterator<CSVRecord> records = parser.iterator();
        records.next();
        while (true) {
          // The line the next record starts on, named if it is malformed.
          line = parser.getCurrentLineNumber() + 1;
          if (!records.hasNext()) {
            break;
          }
          CSVRecord record = records.next();
          List<String> cells = new ArrayList<>(width);
          for (int i = 0; i < width; i++) {
            cells.add(i < record.size() ? record.get(i) : "");
          }
          if (keyColumn < 0 || patients.contains(cells.get(keyColumn))) {
            rows.add(identity.of(cells));
          }
        }
      } catch (java.io.UncheckedIOException e) {
        throw new InputFileException(
            label,
            line,
            "the file is not valid CSV (an unterminated quote or text after a closing quote)",
            "fix the file (rehab validate names the problem) or import into another folder");
      }
    }
    return rows;
  }

  /** Returns the layout of a file with a header line, or null when the file has no text. */
  private static Layout layout(Path file, String label) throws IOException, InputFileException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PROBE);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return null;
    }
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    String first = text.substring(0, end);
    String lineEnd =
        end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n'
            ? "\r\n"
            : end < text.length() && text.charAt(end) == '\r' ? "\r" : "\n";
    char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    List<String> columns = new ArrayList<>();
    try {
      for (String name : CSVParser.parse(first, format(delimiter, lineEnd)).getRecords().get(0)) {
        columns.add(name.strip().toLowerCase(Locale.ROOT));
      }
    } catch (java.io.UncheckedIOException | IndexOutOfBoundsException e) {
      throw new InputFileException(
          label,
          1,
          "the header line is not valid CSV",
          "fix the header (rehab validate names the problem) or import into another folder");
    }
    return new Layout(columns, delimiter, lineEnd, endsInLine(file));
  }

  private static boolean endsInLine(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      channel.position(channel.size() - 1);
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      channel.read(last);
      return last.get(0) == '\n' || last.get(0) == '\r';
    }
  }

  private static CSVFormat format(char delimiter, String lineEnd) {
    return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(lineEnd).get();
  }
}
