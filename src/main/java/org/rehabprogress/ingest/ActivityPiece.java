package org.rehabprogress.ingest;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rehabprogress.ingest.bytes.Line;

/** The rows of a byte range of activities.csv, checked and parsed into columns. */
final class ActivityPiece extends Piece {

  static final String DURATION_MEANING =
      "duration_min is minutes, above 0 and at most 1440 (leave it empty when unknown)";
  static final String INTENSITY_EXPECTED = "light, moderate, vigorous or an RPE 0-10";

  IntList activity;
  DoubleList minutes;
  IntList intensity;
  final IntList noteRows = new IntList(16);
  final List<byte[]> noteTexts = new ArrayList<>();
  final List<String> names = new ArrayList<>();
  final List<String> intensities = new ArrayList<>();

  private final Codes nameCodes = new Codes();
  private final Codes intensityCodes = new Codes();
  private final Codes rawIntensityCodes = new Codes();
  private final ByteCodes nameBytes = new ByteCodes();
  private final ByteCodes intensityBytes = new ByteCodes();
  private final int patientColumn;
  private final int dateColumn;
  private final int activityColumn;
  private final int durationColumn;
  private final int intensityColumn;
  private final int notesColumn;

  ActivityPiece(
      String file,
      boolean decimalComma,
      Header header,
      DateTimeFormatter dateFormat,
      Region region) {
    super(file, decimalComma, header, dateFormat, region);
    activity = region.ints("activity");
    minutes = region.doubles("minutes");
    intensity = region.ints("intensity");
    patientColumn = header.column("patient_id");
    dateColumn = header.column("date");
    activityColumn = header.column("activity");
    durationColumn = header.column("duration_min");
    intensityColumn = header.column("intensity");
    notesColumn = header.column("notes");
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
    String name = cell(record, activityColumn);
    if (name.isEmpty()) {
      reject(localLine, "activity", name, new Problem.Empty("activity", "name the activity"));
      return;
    }
    double duration =
        number(
            "duration_min",
            cell(record, durationColumn),
            Double.MIN_VALUE,
            1440,
            false,
            "",
            DURATION_MEANING,
            localLine);
    if (duration == BAD) {
      return;
    }
    int intensityCode = intensityCode(cell(record, intensityColumn), localLine);
    if (intensityCode == -2) {
      return;
    }
    int index = patient.size();
    patient.add(code);
    day.add(epochDay);
    line.add(localLine);
    hash.add(hashCells(record));
    int known = names.size();
    int nameCode = code(name, names, nameCodes);
    activity.add(nameCode);
    if (names.size() > known) {
      learn(nameBytes, name, nameCode);
    }
    minutes.add(duration);
    intensity.add(intensityCode);
    textNotes(notesColumn < 0 ? "" : record[notesColumn], index, noteRows, noteTexts);
  }

  /**
   * Adds a row from a line's bytes when its cells are in the common form: a valid patient id, an
   * ISO date, a trimmed, unquoted activity name, an intensity already coded, a duration of plain
   * digits in range; see {@link Piece#plainRow}.
   */
  @Override
  public boolean plainRow(Line line, int localLine) {
    byte[] b = line.bytes();
    int patientFrom = line.cellFrom(patientColumn);
    int patientTo = line.cellTo(patientColumn);
    int code = patientFromBytes(b, patientFrom, patientTo);
    if (code < 0) {
      return false;
    }
    int epochDay = dayFromBytes(b, line.cellFrom(dateColumn), line.cellTo(dateColumn));
    if (epochDay == Dates.INVALID) {
      return false;
    }
    int nameFrom = line.cellFrom(activityColumn);
    int nameTo = line.cellTo(activityColumn);
    int name = nameBytes.get(b, nameFrom, nameTo);
    if (name < 0 && !isName(b, nameFrom, nameTo, line.quotes())) {
      return false;
    }
    int durationFrom = line.cellFrom(durationColumn);
    int durationTo = line.cellTo(durationColumn);
    double duration = Double.NaN;
    if (durationFrom < durationTo) {
      duration = Numbers.parse(b, durationFrom, durationTo, decimalComma);
      if (!(duration > 0 && duration <= 1440)) {
        return false;
      }
    }
    int intensityCode = -1;
    if (intensityColumn >= 0) {
      int f = line.cellFrom(intensityColumn);
      int t = line.cellTo(intensityColumn);
      if (f < t) {
        intensityCode = Line.trimmed(b, f, t) ? intensityBytes.get(b, f, t) : -1;
        if (intensityCode < 0) {
          return false;
        }
      }
    }
    if (name < 0) {
      name = code(line.plainText(activityColumn), names, nameCodes);
      nameBytes.put(b, nameFrom, nameTo, name);
    }
    read++;
    int index = patient.size();
    patient.add(code);
    day.add(epochDay);
    this.line.add(localLine);
    hash.add(hashCells(line));
    activity.add(name);
    minutes.add(duration);
    intensity.add(intensityCode);
    plainNotes(line, notesColumn, index, noteRows, noteTexts);
    return true;
  }

  /**
   * Whether a cell not coded yet is a name the byte route may code: trimmed, unquoted, not empty.
   */
  private static boolean isName(byte[] b, int from, int to, boolean quotes) {
    return from < to && Line.trimmed(b, from, to) && !(quotes && b[from] == '"');
  }

  /** Returns the intensity's code, -1 when empty, -2 after rejecting the row. */
  private int intensityCode(String value, int localLine) {
    if (value.isEmpty()) {
      return -1;
    }
    int known = rawIntensityCodes.get(value);
    if (known >= 0) {
      return known;
    }
    String word = value.toLowerCase(Locale.ROOT);
    if (!word.equals("light") && !word.equals("moderate") && !word.equals("vigorous")) {
      double rpe = Numbers.parse(value, decimalComma);
      if (Double.isNaN(rpe) || rpe < 0 || rpe > 10) {
        reject(
            localLine,
            "intensity",
            value,
            new Problem.NotOneOf("intensity", value, INTENSITY_EXPECTED));
        return -2;
      }
      word = value;
    }
    int code = code(word, intensities, intensityCodes);
    rawIntensityCodes.put(value, code);
    learn(intensityBytes, value, code);
    return code;
  }

  /**
   * Lets the byte route find a value the String route has coded. The byte route looks up a cell's
   * bytes as they stand in the line, so a value that begins with a quotation mark is not learned:
   * the cell {@code "Yoga"} holds the value Yoga, not the value {@code "Yoga"} of the cell {@code
   * """Yoga"""}.
   */
  private static void learn(ByteCodes codes, String value, int code) {
    if (!value.isEmpty() && value.charAt(0) != '"') {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      codes.put(bytes, 0, bytes.length, code);
    }
  }

  private static int code(String text, List<String> list, Codes codes) {
    int code = codes.get(text);
    if (code < 0) {
      code = list.size();
      list.add(text);
      codes.put(text, code);
    }
    return code;
  }
}
