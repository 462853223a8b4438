package org.rehabprogress.ingest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of a byte range of activities.csv, checked and parsed into columns. */
final class ActivityPiece extends Piece {

  static final String DURATION_MEANING =
      "duration_min is minutes, above 0 and at most 1440 (leave it empty when unknown)";
  static final String INTENSITY_EXPECTED = "light, moderate, vigorous or an RPE 0-10";

  IntList activity;
  DoubleList minutes;
  IntList intensity;
  final IntList noteRows = new IntList(16);
  final List<String> noteTexts = new ArrayList<>();
  final List<String> names = new ArrayList<>();
  final List<String> intensities = new ArrayList<>();

  private final Codes nameCodes = new Codes();
  private final Codes intensityCodes = new Codes();
  private final Codes rawIntensityCodes = new Codes();
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
    activity.add(code(name, names, nameCodes));
    minutes.add(duration);
    intensity.add(intensityCode);
    String notes = notesColumn < 0 ? "" : record[notesColumn];
    if (!notes.isEmpty()) {
      noteRows.add(index);
      noteTexts.add(notes);
    }
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
    return code;
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
