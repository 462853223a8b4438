package org.rehabprogress.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of medications.csv (a small file, a few rows a patient, read in one piece by the row
 * rules). Lines are local until rebased. An exact repeat of an accepted row is a duplicate.
 */
final class MedicationPiece extends Piece {

  static final String DOSE_MEANING =
      "daily_dose is the dose a day, above 0: mg a day, or mcg/h for a transdermal patch";
  static final String UNITS = "mg (a day) or mcg/h (a transdermal patch)";

  final List<Medication> medications = new ArrayList<>();
  final List<Duplicate> duplicates = new ArrayList<>();

  private final Map<String, Integer> seen = new HashMap<>();
  private final int patientColumn;
  private final int startColumn;
  private final int endColumn;
  private final int drugColumn;
  private final int doseColumn;
  private final int unitColumn;

  MedicationPiece(String file, boolean decimalComma, Header header, DateTimeFormatter dateFormat) {
    super(file, decimalComma, header, dateFormat, Region.own(16));
    patientColumn = header.column("patient_id");
    startColumn = header.column("start");
    endColumn = header.column("end");
    drugColumn = header.column("drug");
    doseColumn = header.column("daily_dose");
    unitColumn = header.column("unit");
  }

  @Override
  void row(String[] record, int localLine) {
    String rowText = String.join("\u0000", record);
    Integer first = seen.get(rowText);
    if (first != null) {
      duplicates.add(new Duplicate(file, localLine, first));
      return;
    }
    String id = cell(record, patientColumn);
    if (patientCode(id, localLine) < 0) {
      return;
    }
    String startText = cell(record, startColumn);
    int start = dayOf("start", startText, localLine);
    if (start == Dates.INVALID) {
      return;
    }
    String endText = cell(record, endColumn);
    int end = endText.isEmpty() ? Dates.INVALID : dayOf("end", endText, localLine);
    if (!endText.isEmpty() && end == Dates.INVALID) {
      return;
    }
    String drug = cell(record, drugColumn);
    if (drug.isEmpty()) {
      reject(
          localLine,
          "drug",
          drug,
          new Problem.Empty("drug", "name the drug, e.g. oxycodone 5 mg tablet"));
      return;
    }
    BigDecimal dose = dose(cell(record, doseColumn), localLine);
    if (dose == null) {
      return;
    }
    String unitText = cell(record, unitColumn);
    DoseUnit unit = DoseUnit.of(unitText);
    if (unitText.isEmpty()) {
      reject(localLine, "unit", unitText, new Problem.Empty("unit", "use " + UNITS));
      return;
    }
    if (unit == null) {
      reject(localLine, "unit", unitText, new Problem.NotOneOf("unit", unitText, UNITS));
      return;
    }
    if (!endText.isEmpty() && end < start) {
      reject(localLine, "end", endText, new Problem.EndBeforeStart(endText, startText));
      return;
    }
    seen.put(rowText, localLine);
    medications.add(
        new Medication(
            id,
            LocalDate.ofEpochDay(start),
            endText.isEmpty() ? null : LocalDate.ofEpochDay(end),
            drug,
            dose,
            unit,
            localLine));
  }

  /** Returns the exact dose written in a cell, or null after rejecting the row. */
  private BigDecimal dose(String text, int localLine) {
    if (text.isEmpty()) {
      reject(
          localLine,
          "daily_dose",
          text,
          new Problem.Empty("daily_dose", "give the dose a day (mg a day, or mcg/h for a patch)"));
      return null;
    }
    // Numbers decides what a number is, as for every other column; the value is then taken
    // exactly from the text, since MME multiplies it by decimal factors (SPEC 3: exact).
    double v = Numbers.parse(text, decimalComma);
    if (Double.isNaN(v)) {
      reject(
          localLine, "daily_dose", text, new Problem.NotANumber("daily_dose", text, DOSE_MEANING));
      return null;
    }
    BigDecimal dose = new BigDecimal(decimalComma ? text.replace(',', '.') : text);
    if (dose.signum() <= 0) {
      reject(
          localLine,
          "daily_dose",
          text,
          new Problem.OutOfRange("daily_dose", text, "", DOSE_MEANING));
      return null;
    }
    return dose;
  }
}
