package org.rehabprogress.privacy;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.ingest.PatientInfo;
import org.rehabprogress.medication.SharedName;

/**
 * Writes the anonymised patients.csv, events.csv and medications.csv, patients in pseudonym order.
 * The caller opens and closes the writers.
 */
public final class AnonymisedTables {

  /** The columns of the anonymised patients.csv: birth_year gives way to age_band. */
  public static final List<String> PATIENTS_HEADER =
      List.of("patient_id", "treatment_start", "surgery_date", "site", "age_band", "sex");

  private AnonymisedTables() {}

  /**
   * Writes medications.csv (SPEC 6): each exported patient's rows on their moved dates, the drug as
   * the recognised opioid ingredient ({@link SharedName}: never the free text), the daily dose and
   * unit as read. Rows that would then read the same (two spellings of one drug at one dose over
   * the same days) are written once with their doses summed: rows of one drug taken together are
   * summed on reading, so every MME figure stays the same, where two equal rows would be read as
   * one exact repeat. Rows of a patient left out (or of an id found in no other file) are not
   * written.
   */
  public static WrittenFile medications(ExportPlan plan, Writer out) throws IOException {
    Map<String, List<Medication>> medications = plan.data().medications();
    CsvText csv = new CsvText(out);
    csv.line().append(String.join(",", CanonicalFile.MEDICATIONS.header()));
    csv.endLine();
    long rows = 0;
    long merged = 0;
    for (int p : plan.order()) {
      List<Medication> own = medications.getOrDefault(plan.data().patientIds().get(p), List.of());
      int offset = plan.offset(p);
      // Each row's shared cells, in first-seen order, with the summed dose of the rows sharing
      // them.
      Map<SharedRow, BigDecimal> doses = new LinkedHashMap<>();
      for (Medication m : own) {
        SharedRow row =
            new SharedRow(
                date(m.start(), offset), date(m.end(), offset), SharedName.of(m), m.unit().text());
        BigDecimal before = doses.putIfAbsent(row, m.dailyDose());
        if (before != null) {
          doses.put(row, before.add(m.dailyDose()));
          merged++;
        }
      }
      for (Map.Entry<SharedRow, BigDecimal> e : doses.entrySet()) {
        SharedRow row = e.getKey();
        csv.line()
            .append(plan.pseudonym(p))
            .append(',')
            .append(row.start())
            .append(',')
            .append(row.end())
            .append(CsvText.cell(row.drug()))
            .append(',')
            .append(e.getValue().toPlainString())
            .append(',')
            .append(row.unit());
        csv.endLine();
        rows++;
      }
    }
    csv.finish();
    long total = medications.values().stream().mapToLong(List::size).sum();
    return new WrittenFile(
        CanonicalFile.MEDICATIONS.fileName(), rows, 0, merged, total - rows - merged);
  }

  /**
   * Writes patients.csv: dates moved by the patient's offset, the site and sex kept only when
   * enough patients share them, the birth year as a 5-year age band at start.
   */
  public static WrittenFile patients(ExportPlan plan, Writer out) throws IOException {
    Map<String, PatientInfo> infos = plan.data().patients();
    CsvText csv = new CsvText(out);
    csv.line().append(String.join(",", PATIENTS_HEADER));
    csv.endLine();
    long rows = 0;
    for (int p : plan.order()) {
      PatientInfo info = infos.get(plan.data().patientIds().get(p));
      if (info == null) {
        continue;
      }
      int offset = plan.offset(p);
      csv.line()
          .append(plan.pseudonym(p))
          .append(',')
          .append(date(info.treatmentStart(), offset))
          .append(',')
          .append(date(info.surgeryDate(), offset))
          .append(CsvText.cell(plan.site(info.site())))
          .append(CsvText.cell(plan.ageBand(p)))
          .append(CsvText.cell(plan.sex(info.sex())));
      csv.endLine();
      rows++;
    }
    csv.finish();
    return new WrittenFile(CanonicalFile.PATIENTS.fileName(), rows, 0, 0, infos.size() - rows);
  }

  /**
   * Writes events.csv: each event on its moved date with a category or the word {@code event} in
   * place of its text; an event whose date and category match an earlier one of the patient's is
   * written once (events feed no figure, and a repeat would only be counted once on reading).
   */
  public static WrittenFile events(ExportPlan plan, Writer out) throws IOException {
    Map<String, List<PatientEvent>> events = plan.data().events();
    CsvText csv = new CsvText(out);
    csv.line().append(String.join(",", CanonicalFile.EVENTS.header()));
    csv.endLine();
    long rows = 0;
    long merged = 0;
    for (int p : plan.order()) {
      List<PatientEvent> own = events.getOrDefault(plan.data().patientIds().get(p), List.of());
      int offset = plan.offset(p);
      for (int i = 0; i < own.size(); i++) {
        PatientEvent event = own.get(i);
        String category = EventCategory.of(event.event());
        if (repeats(own, i, category)) {
          merged++;
          continue;
        }
        csv.line()
            .append(plan.pseudonym(p))
            .append(',')
            .append(date(event.date(), offset))
            .append(CsvText.cell(category));
        csv.endLine();
        rows++;
      }
    }
    csv.finish();
    long total = events.values().stream().mapToLong(List::size).sum();
    return new WrittenFile(CanonicalFile.EVENTS.fileName(), rows, 0, merged, total - rows - merged);
  }

  /** A medications.csv row as shared, but its dose. */
  private record SharedRow(String start, String end, String drug, String unit) {}

  /** Says whether an earlier event of the same date has the same category. */
  private static boolean repeats(List<PatientEvent> own, int i, String category) {
    LocalDate date = own.get(i).date();
    for (int j = i - 1; j >= 0 && own.get(j).date().equals(date); j--) {
      if (EventCategory.of(own.get(j).event()).equals(category)) {
        return true;
      }
    }
    return false;
  }

  private static String date(LocalDate date, int offset) {
    return date == null ? "" : date.plusDays(offset).toString();
  }
}
