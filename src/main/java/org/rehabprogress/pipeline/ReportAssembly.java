package org.rehabprogress.pipeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.analysis.PatientAnalysis;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.SymptomLog;
import org.rehabprogress.report.FileNames;
import org.rehabprogress.report.MonthReport;
import org.rehabprogress.report.PatientContext;
import org.rehabprogress.report.Provenance;
import org.rehabprogress.report.ReportedPatient;

/**
 * Assembles a monthly report from data already read: picks the month, analyses every patient in
 * treatment by its end on all cores, and gathers the account of the input. No files, no clock.
 */
public final class ReportAssembly {

  private ReportAssembly() {}

  /** Returns the latest month with a symptom or activity entry, or null when there is none. */
  public static YearMonth latestMonth(Dataset data) {
    int last = Integer.MIN_VALUE;
    SymptomLog symptoms = data.symptoms();
    ActivityLog activities = data.activities();
    for (int code = 0; code < data.patientIds().size(); code++) {
      if (symptoms.to(code) > symptoms.from(code)) {
        last = Math.max(last, symptoms.day(symptoms.to(code) - 1));
      }
      if (activities.to(code) > activities.from(code)) {
        last = Math.max(last, activities.day(activities.to(code) - 1));
      }
    }
    return last == Integer.MIN_VALUE ? null : YearMonth.from(LocalDate.ofEpochDay(last));
  }

  /**
   * Returns the report of a month: every patient whose start is on or before end(M), in patient id
   * order, analysed on all cores, including a patient who logged nothing in M; patients without a
   * start (no treatment_start and no entry) or starting after end(M) are counted as not covered.
   *
   * @param data the data read
   * @param catalog the effective activity catalog
   * @param month the report month M
   * @param provenance the run's provenance
   */
  public static MonthReport assemble(
      Dataset data, ActivityCatalog catalog, YearMonth month, Provenance provenance) {
    Objects.requireNonNull(month, "month");
    PatientLogs logs = PatientLogs.of(data, catalog);
    LocalDate monthStart = month.atDay(1);
    LocalDate end = month.atEndOfMonth();
    List<Analysed> analysed =
        IntStream.range(0, logs.size())
            .parallel()
            .mapToObj(code -> analyse(logs.log(code), monthStart, end))
            .toList();
    List<String> ids = new ArrayList<>();
    for (Analysed a : analysed) {
      if (a != null) {
        ids.add(a.result().patientId());
      }
    }
    List<String> names = FileNames.of(ids);
    List<ReportedPatient> patients = new ArrayList<>(ids.size());
    for (Analysed a : analysed) {
      if (a != null) {
        patients.add(new ReportedPatient(a.result(), a.context(), names.get(patients.size())));
      }
    }
    return new MonthReport(
        month,
        patients,
        logs.size() - patients.size(),
        data.ledgers(),
        data.rejects(),
        data.duplicates(),
        data.warnings(),
        ActivityClasses.unclassified(data.activities(), logs.classes()),
        provenance);
  }

  private static Analysed analyse(PatientLog log, LocalDate monthStart, LocalDate end) {
    LocalDate start = PatientAnalysis.start(log);
    if (start == null || start.isAfter(end)) {
      return null;
    }
    PatientResult result = PatientAnalysis.analyse(log, monthStart, end);
    return new Analysed(result, PatientContext.of(log, result));
  }

  private record Analysed(PatientResult result, PatientContext context) {}
}
