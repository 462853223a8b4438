package org.rehabprogress.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of patients.csv (a small file, read in one piece): one row per patient. */
final class PatientPiece extends Piece {

  private static final String BIRTH_YEAR_MEANING = "birth_year is a year such as 1961";

  final List<PatientInfo> patients = new ArrayList<>();
  final List<Duplicate> duplicates = new ArrayList<>();

  private final Map<String, Integer> firstLine = new HashMap<>();
  private final Map<String, String> text = new HashMap<>();
  private final int[] columns;
  private final long lineBase;

  PatientPiece(String file, boolean decimalComma, Header header, long lineBase) {
    super(file, decimalComma, header, null, Region.own(16));
    this.lineBase = lineBase;
    columns = new int[6];
    String[] names = {"patient_id", "treatment_start", "surgery_date", "site", "birth_year", "sex"};
    for (int i = 0; i < names.length; i++) {
      columns[i] = header.column(names[i]);
    }
  }

  @Override
  void row(String[] record, int localLine) {
    String id = cell(record, columns[0]);
    String rowText = String.join("\u0000", record);
    Integer first = firstLine.get(id);
    if (first != null && rowText.equals(text.get(id))) {
      duplicates.add(new Duplicate(file, localLine, first));
      return;
    }
    if (patientCode(id, localLine) < 0) {
      return;
    }
    if (first != null) {
      reject(localLine, "patient_id", id, new Problem.PatientListedTwice(id, first + lineBase));
      return;
    }
    LocalDate start = optionalDate("treatment_start", cell(record, columns[1]), localLine);
    LocalDate surgery = optionalDate("surgery_date", cell(record, columns[2]), localLine);
    if (start == INVALID_DATE || surgery == INVALID_DATE) {
      return;
    }
    double year =
        number(
            "birth_year",
            cell(record, columns[4]),
            1900,
            2100,
            true,
            "1900-2100",
            BIRTH_YEAR_MEANING,
            localLine);
    if (year == BAD) {
      return;
    }
    firstLine.put(id, localLine);
    text.put(id, rowText);
    patients.add(
        new PatientInfo(
            id,
            start,
            surgery,
            emptyToNull(cell(record, columns[3])),
            Double.isNaN(year) ? null : (int) year,
            emptyToNull(cell(record, columns[5])),
            texts(record)));
  }

  /** Returns every column's text but the id's, by name, leaving empty cells out. */
  private Map<String, String> texts(String[] record) {
    Map<String, String> texts = new HashMap<>();
    header
        .columns()
        .forEach(
            (name, position) -> {
              String value = position < record.length ? cell(record, position) : "";
              if (!value.isEmpty() && !name.equals("patient_id")) {
                texts.put(name, value);
              }
            });
    return texts;
  }

  private static final LocalDate INVALID_DATE = LocalDate.MIN;

  private LocalDate optionalDate(String column, String value, int localLine) {
    if (value.isEmpty()) {
      return null;
    }
    int epochDay = dayOf(column, value, localLine);
    return epochDay == Dates.INVALID ? INVALID_DATE : LocalDate.ofEpochDay(epochDay);
  }

  static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
