package org.rehabprogress.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.rehabprogress.ingest.bytes.ByteRange;
import org.rehabprogress.ingest.bytes.CsvFault;
import org.rehabprogress.ingest.bytes.CsvFile;
import org.rehabprogress.ingest.bytes.Line;
import org.rehabprogress.ingest.bytes.LineHash;
import org.rehabprogress.ingest.bytes.RowSink;
import org.rehabprogress.ingest.bytes.UnsafeCut;

/**
 * The rows of one byte range of a file, parsed into columns by a subclass. Lines are counted from 1
 * at the range's start and rebased once the lines of the ranges before it are known. Patient ids
 * are coded in a dictionary local to the piece, merged later.
 */
abstract class Piece implements RowSink {

  final String file;
  final Header header;
  final boolean decimalComma;
  final DateTimeFormatter dateFormat;
  final List<Reject> rejects = new ArrayList<>();
  final List<String> ids = new ArrayList<>();
  IntList line;
  IntList patient;
  IntList day;
  IntList hash;
  long read;
  long lines;

  private final Map<String, Integer> idCodes = new HashMap<>();
  private final Map<String, Integer> patternDays = new HashMap<>();
  private String lastId;
  private int lastCode = -1;
  private byte[] lastIdBytes;
  private final ByteCodes idBytes = new ByteCodes();
  private final DayCache days = new DayCache();

  Piece(
      String file,
      boolean decimalComma,
      Header header,
      DateTimeFormatter dateFormat,
      Region region) {
    this.file = file;
    this.header = header;
    this.decimalComma = decimalComma;
    this.dateFormat = dateFormat;
    this.line = region.ints("line");
    this.patient = region.ints("patient");
    this.day = region.ints("day");
    this.hash = region.ints("hash");
  }

  /**
   * Parses one row; on success appends it to the columns (including {@link #line}, {@link
   * #patient}, {@link #day}, {@link #hash}), else adds a reject.
   */
  abstract void row(String[] cells, int localLine);

  /**
   * Checks and adds one record whose cells some CSV parser has split: blank records are skipped, a
   * record of the wrong width is rejected, any other goes to {@link #row}.
   */
  @Override
  public final void accept(String[] cells, int localLine) {
    if (cells.length == 1 && cells[0].isBlank()) {
      return; // a blank line is not a row
    }
    read++;
    if (cells.length != header.width()) {
      reject(localLine, "", "", new Problem.CellCount(cells.length, header.width()));
      return;
    }
    row(cells, localLine);
  }

  @Override
  public final int width() {
    return header.width();
  }

  /**
   * Adds a row straight from the bytes of a line when every cell it reads is in the common form
   * (see the subclasses), exactly as {@link #accept} would add it; returns false, having changed
   * nothing, to have the line go through {@link #accept} instead, which decides every other row,
   * including every one it rejects.
   */
  @Override
  public boolean plainRow(Line line, int localLine) {
    return false;
  }

  /**
   * Returns the code of the patient id written in {@code b[from, to)}, coding an id this piece has
   * not seen yet; -1 when the bytes are not a valid id (the row then goes through {@link #accept},
   * which rejects it).
   */
  final int patientFromBytes(byte[] b, int from, int to) {
    byte[] last = lastIdBytes;
    if (last != null && Arrays.equals(last, 0, last.length, b, from, to)) {
      return lastCode;
    }
    // Input not grouped by patient changes id from row to row: an id seen before is found from
    // its bytes, so that such input makes no String (and no garbage) per row.
    int code = idBytes.get(b, from, to);
    if (code < 0) {
      if (to - from < 1 || to - from > PatientIds.MAX_LENGTH) {
        return -1;
      }
      for (int i = from; i < to; i++) {
        if (!PatientIds.isIdCharacter(b[i])) {
          return -1; // a byte that is not ASCII is negative, never an id character
        }
      }
      String id = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
      Integer known = idCodes.get(id);
      if (known == null) {
        code = ids.size();
        ids.add(id);
        idCodes.put(id, code);
      } else {
        code = known;
      }
      idBytes.put(b, from, to, code);
    }
    lastId = ids.get(code);
    lastCode = code;
    lastIdBytes = idBytes.found();
    return code;
  }

  /**
   * Returns the epoch day of the ISO date written in {@code b[from, to)} (see {@link DayCache}).
   */
  final int dayFromBytes(byte[] b, int from, int to) {
    return days.day(b, from, to);
  }

  /**
   * Keeps the notes cell of a line's row {@code index}, as UTF-8 bytes (unquoted), when not empty.
   */
  static void plainNotes(Line line, int notesColumn, int index, IntList rows, List<byte[]> texts) {
    if (notesColumn >= 0 && line.cellFrom(notesColumn) < line.cellTo(notesColumn)) {
      byte[] notes = line.cellBytes(notesColumn);
      if (notes.length > 0) {
        rows.add(index);
        texts.add(notes);
      }
    }
  }

  /** Keeps the notes of a row {@code index} read as text, when not empty. */
  static void textNotes(String notes, int index, IntList rows, List<byte[]> texts) {
    if (!notes.isEmpty()) {
      rows.add(index);
      texts.add(notes.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Returns {@link #hashCells(String[])} of a line's cells, from its bytes. */
  final int hashCells(Line line) {
    if (line.quotes()) {
      String[] cells = new String[line.width()];
      for (int k = 0; k < cells.length; k++) {
        cells[k] = line.text(k);
      }
      return hashCells(cells);
    }
    return line.plainHash();
  }

  /** Parses a byte range of a file into this piece, and counts its lines. */
  final void parse(CsvFile csv, ByteRange range, boolean last, AtomicLong progress)
      throws InputFileException, IOException, UnsafeCut {
    try {
      lines = csv.split(range, last, this, progress);
    } catch (CsvFault fault) {
      throw InputFileException.of(fault);
    }
  }

  final void reject(int localLine, String column, String value, Problem problem) {
    rejects.add(new Reject(file, localLine, column, value, problem));
  }

  /** Returns the hash of a row's cells for finding exact repeats (see {@link LineHash}). */
  final int hashCells(String[] cells) {
    return LineHash.of(cells, decimalComma ? (byte) ';' : (byte) ',');
  }

  /** Returns the trimmed cell of a known column, or "" when the file has no such column. */
  static String cell(String[] cells, int column) {
    if (column < 0) {
      return "";
    }
    String s = cells[column];
    int n = s.length();
    if (n == 0 || (s.charAt(0) > ' ' && s.charAt(n - 1) > ' ')) {
      return s;
    }
    return s.strip();
  }

  /** Returns the local code of a patient id, or -1 after rejecting the row. */
  final int patientCode(String id, int localLine) {
    if (id.equals(lastId)) {
      return lastCode;
    }
    if (id.isEmpty()) {
      reject(
          localLine,
          "patient_id",
          id,
          new Problem.Empty("patient_id", "every row needs a patient_id"));
      return -1;
    }
    Integer code = idCodes.get(id);
    if (code == null) {
      if (!PatientIds.isValid(id)) {
        reject(localLine, "patient_id", id, new Problem.BadId(id));
        return -1;
      }
      code = ids.size();
      ids.add(id);
      idCodes.put(id, code);
    }
    lastId = id;
    lastCode = code;
    lastIdBytes = null;
    return code;
  }

  /** Returns the epoch day of a required date cell, or {@link Dates#INVALID} after rejecting. */
  final int dayOf(String column, String value, int localLine) {
    if (value.isEmpty()) {
      reject(
          localLine,
          column,
          value,
          new Problem.Empty(column, "every row needs a " + column + " (yyyy-MM-dd)"));
      return Dates.INVALID;
    }
    int epochDay = Dates.parseIso(value);
    if (epochDay == Dates.INVALID && dateFormat != null) {
      Integer cached = patternDays.get(value);
      if (cached == null) {
        cached = Dates.parseWith(dateFormat, value);
        patternDays.put(value, cached);
      }
      epochDay = cached;
    }
    if (epochDay == Dates.INVALID) {
      reject(localLine, column, value, Dates.explain(column, value, dateFormat));
    }
    return epochDay;
  }

  /**
   * Returns a number in {@code [min, max]}, NaN for an empty cell, or {@link #BAD} after rejecting
   * the row.
   */
  final double number(
      String column,
      String value,
      double min,
      double max,
      boolean whole,
      String range,
      String meaning,
      int localLine) {
    if (value.isEmpty()) {
      return Double.NaN;
    }
    double v = Numbers.parse(value, decimalComma);
    if (Double.isNaN(v)) {
      reject(localLine, column, value, new Problem.NotANumber(column, value, meaning));
      return BAD;
    }
    if (v < min || v > max) {
      reject(localLine, column, value, new Problem.OutOfRange(column, value, range, meaning));
      return BAD;
    }
    if (whole && v != Math.rint(v)) {
      reject(localLine, column, value, new Problem.NotWhole(column, value, meaning));
      return BAD;
    }
    return v;
  }

  /** The value {@link #number} returns after rejecting a row: no valid cell is infinite. */
  static final double BAD = Double.NEGATIVE_INFINITY;
}
