package org.rehabprogress.ingest;

import java.time.format.DateTimeFormatter;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.ingest.bytes.Line;

/** The rows of a byte range of symptoms.csv, checked and parsed into columns. */
final class SymptomPiece extends Piece {

  private static final Measure[] MEASURES = Measure.values();
  private static final String[] RANGES = new String[MEASURES.length];

  static {
    for (Measure m : MEASURES) {
      RANGES[m.ordinal()] = (int) m.min() + "-" + (int) m.max();
    }
  }

  // One column per measure the header has; null for the others, which then cost nothing per row.
  DoubleList[] values = new DoubleList[MEASURES.length];
  final IntList noteRows = new IntList(16);
  final java.util.List<byte[]> noteTexts = new java.util.ArrayList<>();

  private final int patientColumn;
  private final int dateColumn;
  private final int notesColumn;
  private final int[] measureColumns = new int[MEASURES.length];
  // The ordinals of the measures the header has, in column order.
  private final int[] present;
  private final double[] row = new double[MEASURES.length];

  SymptomPiece(
      String file,
      boolean decimalComma,
      Header header,
      DateTimeFormatter dateFormat,
      Region region) {
    super(file, decimalComma, header, dateFormat, region);
    patientColumn = header.column("patient_id");
    dateColumn = header.column("date");
    notesColumn = header.column("notes");
    IntList has = new IntList(MEASURES.length);
    for (Measure m : MEASURES) {
      measureColumns[m.ordinal()] = header.column(m.column());
      if (measureColumns[m.ordinal()] >= 0) {
        values[m.ordinal()] = region.doubles(m.column());
        has.add(m.ordinal());
      }
    }
    present = new int[has.size()];
    for (int k = 0; k < present.length; k++) {
      present[k] = has.get(k);
    }
  }

  /**
   * Adds a row from a line's bytes when its cells are in the common form: a valid patient id, an
   * ISO date, measures of plain digits in range, at least one of them; see {@link Piece#plainRow}.
   */
  @Override
  public boolean plainRow(Line line, int localLine) {
    byte[] b = line.bytes();
    int code = patientFromBytes(b, line.cellFrom(patientColumn), line.cellTo(patientColumn));
    if (code < 0) {
      return false;
    }
    int epochDay = dayFromBytes(b, line.cellFrom(dateColumn), line.cellTo(dateColumn));
    if (epochDay == Dates.INVALID) {
      return false;
    }
    boolean any = false;
    for (int ordinal : present) {
      Measure m = MEASURES[ordinal];
      int column = measureColumns[ordinal];
      double v = Double.NaN;
      int f = line.cellFrom(column);
      int t = line.cellTo(column);
      if (f < t) {
        v = Numbers.parse(b, f, t, decimalComma);
        if (!(v >= m.min() && v <= m.max()) || (m.whole() && v != Math.rint(v))) {
          return false;
        }
        any = true;
      }
      row[ordinal] = v;
    }
    if (!any) {
      return false;
    }
    read++;
    int index = patient.size();
    patient.add(code);
    day.add(epochDay);
    this.line.add(localLine);
    hash.add(hashCells(line));
    for (int ordinal : present) {
      values[ordinal].add(row[ordinal]);
    }
    plainNotes(line, notesColumn, index, noteRows, noteTexts);
    return true;
  }

  @Override
  void row(String[] record, int localLine) {
    int code = patientCode(cell(record, patientColumn), localLine);
    if (code < 0) {
      return;
    }
    int epochDay = dayOf("date", cell(record, dateColumn), localLine);
    if (epochDay == Dates.INVALID) {
      return;
    }
    boolean any = false;
    for (int ordinal : present) {
      Measure m = MEASURES[ordinal];
      String text = cell(record, measureColumns[ordinal]);
      double v =
          number(
              m.column(),
              text,
              m.min(),
              m.max(),
              m.whole(),
              RANGES[ordinal],
              m.meaning(),
              localLine);
      if (v == BAD) {
        return;
      }
      any |= !Double.isNaN(v);
      row[ordinal] = v;
    }
    if (!any) {
      reject(localLine, "", "", new Problem.NoMeasure());
      return;
    }
    int index = patient.size();
    patient.add(code);
    day.add(epochDay);
    line.add(localLine);
    hash.add(hashCells(record));
    for (int ordinal : present) {
      values[ordinal].add(row[ordinal]);
    }
    textNotes(notesColumn < 0 ? "" : record[notesColumn], index, noteRows, noteTexts);
  }
}
