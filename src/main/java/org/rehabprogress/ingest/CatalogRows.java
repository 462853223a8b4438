package org.rehabprogress.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogEntry;

/** Parses catalog CSV text into rows; the checks behind {@link CatalogCsv#read}. */
final class CatalogRows {

  /** The catalog columns in their written order. */
  static final List<String> COLUMNS = List.of("activity", "class", "reason", "aliases");

  private static final String CLASSES = "LOW_IMPACT, FLAGGED, NEUTRAL";

  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

  private CatalogRows() {}

  static List<CatalogEntry> read(Reader reader, String file) throws InputFileException {
    CSVParser parser = null;
    try {
      parser = CSVFormat.DEFAULT.parse(skipByteOrderMark(reader));
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new InputFileException(
            file, 0, "the file is empty", "a catalog starts with the header " + header());
      }
      int[] index = columnIndex(records.next(), file);
      List<CatalogEntry> rows = new ArrayList<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!isBlank(record)) {
          rows.add(row(record, index, file, parser.getCurrentLineNumber()));
        }
      }
      return rows;
    } catch (UncheckedIOException e) {
      throw problem(e.getCause(), file, parser);
    } catch (IOException e) {
      throw problem(e, file, parser);
    }
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    BufferedReader buffered = new BufferedReader(reader);
    buffered.mark(1);
    if (buffered.read() != '\uFEFF') {
      buffered.reset();
    }
    return buffered;
  }

  /** Returns, for each of {@link #COLUMNS}, its position in the header, or -1 when absent. */
  private static int[] columnIndex(CSVRecord header, String file) throws InputFileException {
    int[] index = new int[COLUMNS.size()];
    Arrays.fill(index, -1);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      int column = COLUMNS.indexOf(name);
      if (column < 0) {
        throw new InputFileException(
            file,
            1,
            "unknown column \"" + header.get(i).trim() + "\"",
            "the columns are " + header());
      }
      if (index[column] >= 0) {
        throw new InputFileException(
            file, 1, "column \"" + name + "\" appears twice", "keep one of them");
      }
      index[column] = i;
    }
    for (int column = 0; column < 2; column++) {
      if (index[column] < 0) {
        throw new InputFileException(
            file,
            1,
            "required column \"" + COLUMNS.get(column) + "\" is missing",
            "the header needs activity and class (reason and aliases are optional)");
      }
    }
    return index;
  }

  private static CatalogEntry row(CSVRecord record, int[] index, String file, long line)
      throws InputFileException {
    String activity = cell(record, index[0]);
    String className = cell(record, index[1]);
    if (activity.isEmpty()) {
      throw new InputFileException(
          file, line, "activity is empty", "name the activity or delete the row");
    }
    ActivityClass activityClass = parseClass(className);
    if (activityClass == null) {
      throw new InputFileException(
          file, line, "class \"" + className + "\" is not one of " + CLASSES, "fix the class");
    }
    List<String> aliases = new ArrayList<>();
    for (String alias : cell(record, index[3]).split("\\|", -1)) {
      if (!alias.isBlank()) {
        aliases.add(alias.trim());
      }
    }
    return new CatalogEntry(activity, activityClass, cell(record, index[2]), aliases);
  }

  private static ActivityClass parseClass(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (ActivityClass c : ActivityClass.values()) {
      if (c != ActivityClass.UNCLASSIFIED && c.name().equals(upper)) {
        return c;
      }
    }
    return null;
  }

  private static String cell(CSVRecord record, int column) {
    // A short row (a spreadsheet drops trailing empty cells) leaves the optional columns empty.
    return column < 0 || column >= record.size() ? "" : record.get(column).trim();
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static InputFileException problem(IOException e, String file, CSVParser parser) {
    if (e instanceof CharacterCodingException) {
      return new InputFileException(
          file, 0, "the file is not valid UTF-8", "save the catalog as UTF-8");
    }
    if (!(e instanceof CSVException)) {
      return new InputFileException(
          file, 0, "cannot read the file (" + e.getMessage() + ")", "check the --catalog path");
    }
    String message = String.valueOf(e.getMessage());
    // Commons CSV names the line where an unclosed quote began; the parser is by then at the end.
    Matcher start = START_LINE.matcher(message);
    long line =
        start.find()
            ? Long.parseLong(start.group(1))
            : parser == null ? 0 : parser.getCurrentLineNumber();
    String what;
    if (message.contains("EOF reached before encapsulated token finished")) {
      what = "a quoted value is not closed";
    } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
      what = "text follows a closing quote";
    } else {
      what = "malformed CSV (" + message + ")";
    }
    return new InputFileException(
        file, line, what, "quote the whole value and double any quote inside it");
  }

  private static String header() {
    return String.join(",", COLUMNS);
  }
}
