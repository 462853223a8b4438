package org.rehabprogress.pipeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.analysis.PatientAnalysis;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.SymptomLog;
import org.rehabprogress.report.ClinicalContext;
import org.rehabprogress.report.FileNames;
import org.rehabprogress.report.Freshness;
import org.rehabprogress.report.MonthReport;
import org.rehabprogress.report.PatientContext;
import org.rehabprogress.report.Previous;
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
    List<Analysed> analysed =
        IntStream.range(0, logs.size())
            .parallel()
            .mapToObj(code -> analyse(logs.log(code), month))
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
        patients.add(
            new ReportedPatient(
                a.result(), a.context(), names.get(patients.size()), a.background(), a.previous()));
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
        provenance,
        freshness(data, month));
  }

  /**
   * Returns the newest entry of the input and whether the month has one: the rows of each patient
   * are in day order, so a patient's first row on or after the month's first day tells.
   */
  static Freshness freshness(Dataset data, YearMonth month) {
    int first = Math.toIntExact(month.atDay(1).toEpochDay());
    int last = Math.toIntExact(month.atEndOfMonth().toEpochDay());
    int newest = Integer.MIN_VALUE;
    boolean inMonth = false;
    SymptomLog symptoms = data.symptoms();
    ActivityLog activities = data.activities();
    for (int code = 0; code < data.patientIds().size(); code++) {
      int from = symptoms.from(code);
      int to = symptoms.to(code);
      if (to > from) {
        newest = Math.max(newest, symptoms.day(to - 1));
        inMonth |= anyIn(symptoms::day, from, to, first, last);
      }
      from = activities.from(code);
      to = activities.to(code);
      if (to > from) {
        newest = Math.max(newest, activities.day(to - 1));
        inMonth |= anyIn(activities::day, from, to, first, last);
      }
    }
    return new Freshness(
        newest == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(newest), inMonth);
  }

  /** Returns whether a patient's rows {@code from .. to-1}, in day order, have a day in range. */
  private static boolean anyIn(IntUnaryOperator day, int from, int to, int first, int last) {
    if (day.applyAsInt(to - 1) < first || day.applyAsInt(from) > last) {
      return false;
    }
    // Binary search for the first row on or after the first day.
    int lo = from;
    int hi = to - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day.applyAsInt(mid) < first) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return day.applyAsInt(lo) <= last;
  }

  /**
   * Analyses a patient for month M and, when the patient was in treatment by end(M-1), for M-1
   * (since last month); returns null for a patient not covered in M.
   */
  private static Analysed analyse(PatientLog log, YearMonth month) {
    LocalDate start = PatientAnalysis.start(log);
    LocalDate end = month.atEndOfMonth();
    if (start == null || start.isAfter(end)) {
      return null;
    }
    PatientResult result = PatientAnalysis.analyse(log, month.atDay(1), end);
    YearMonth before = month.minusMonths(1);
    Previous previous =
        start.isAfter(before.atEndOfMonth())
            ? null
            : Previous.of(
                before,
                PatientAnalysis.analyse(log, before.atDay(1), before.atEndOfMonth(), false));
    return new Analysed(
        result,
        PatientContext.of(log, result),
        ClinicalContext.of(log.info(), start, end),
        previous);
  }

  private record Analysed(
      PatientResult result,
      PatientContext context,
      ClinicalContext background,
      Previous previous) {}
}
