package org.rehabprogress.cohort;

import java.time.LocalDate;
import org.rehabprogress.analysis.PatientAnalysis;
import org.rehabprogress.analysis.PatientLog;

/**
 * Places one patient in or out of the cohort and analyses the patient over the whole log (SPEC
 * section 5): the end is the last logged day (on or before {@code --to}), playing the role of
 * {@code end(M)}, and "month M" is that day's calendar month from its first day to the end.
 */
final class WholeLog {

  private WholeLog() {}

  /**
   * Returns what the cohort makes of a patient.
   *
   * <ul>
   *   <li>Excluded: a start before {@code --from} or after {@code --to}; with either bound, a
   *       patient whose start is unknown (a patients.csv row with no treatment_start and no entry).
   *   <li>Not analysed, but in the cohort: no entry (on or before {@code --to}), or a
   *       treatment_start after the last entry.
   *   <li>Otherwise analysed from start to the end day.
   * </ul>
   *
   * @param log the patient's log, its activities named by {@code groups}
   * @param parameters the cohort's bounds
   * @param groups the activity groups
   */
  static Admission admit(PatientLog log, CohortParameters parameters, ActivityGroups groups) {
    String id = log.patientId();
    LocalDate from = parameters.from();
    LocalDate to = parameters.to();
    LocalDate start = PatientAnalysis.start(log);
    if (start == null) {
      return from == null && to == null
          ? new NotAnalysed(id, NotAnalysed.Reason.NO_ENTRIES)
          : new Excluded(id, Excluded.Reason.UNKNOWN_START);
    }
    if (from != null && start.isBefore(from)) {
      return new Excluded(id, Excluded.Reason.STARTS_BEFORE_FROM);
    }
    if (to != null && start.isAfter(to)) {
      return new Excluded(id, Excluded.Reason.STARTS_AFTER_TO);
    }
    LocalDate end = PatientAnalysis.lastLoggedDay(log, to);
    if (end == null) {
      return new NotAnalysed(id, NotAnalysed.Reason.NO_ENTRIES);
    }
    if (start.isAfter(end)) {
      return new NotAnalysed(id, NotAnalysed.Reason.STARTS_AFTER_LAST_ENTRY);
    }
    String site = log.info() == null ? null : log.info().site();
    return CohortPatient.of(
        PatientAnalysis.analyse(log, end.withDayOfMonth(1), end, false),
        site,
        groups,
        SubgroupColumns.values(log.info(), start, parameters.by()),
        parameters.panel());
  }
}
