package org.rehabprogress.chart;

import java.time.LocalDate;
import java.util.List;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.PatientEvent;

/** Patients for chart tests, built with the analysis test builder. */
final class Patients {

  private Patients() {}

  /**
   * Returns a patient from 2026-09-01 to 2026-09-30 with pain {@code baseline} on the first 7 days
   * and 4 on the last 7, anxiety and sleep on a few days, swimming on 2 and 9 September and golf
   * (flagged) on 3 and 20 September.
   */
  static PatientResult september(double baseline) {
    double b = baseline;
    return new LogBuilder()
        .painDays("2026-09-01", b, b, b, b, b, b, b)
        .painDays("2026-09-24", 4, 4, 4, 4, 4, 4, 4)
        .days(Measure.ANXIETY, "2026-09-01", 5, 6, 5, 4)
        .days(Measure.SLEEP_HOURS, "2026-09-01", 7, 6.5, 8, 7)
        .activity("2026-09-02", "swimming", ActivityClass.LOW_IMPACT, 40)
        .activity("2026-09-09", "swimming", ActivityClass.LOW_IMPACT, 30)
        .activity("2026-09-03", "golf", ActivityClass.FLAGGED, 90)
        .activity("2026-09-20", "golf", ActivityClass.FLAGGED, 60)
        .september();
  }

  /** Returns a patient who logged one walk on 2026-09-01 and nothing else. */
  static PatientResult nothingButAWalk() {
    return new LogBuilder()
        .activity("2026-09-01", "walking", ActivityClass.LOW_IMPACT, Double.NaN)
        .september();
  }

  /** Returns a patient with a treatment start on 2026-09-01 and no entry at all. */
  static PatientResult nothingAtAll() {
    return new LogBuilder().treatmentStart("2026-09-01").september();
  }

  /** Returns an event of patient P1. */
  static PatientEvent event(String date, String text) {
    return new PatientEvent(LogBuilder.ID, LocalDate.parse(date), text, 2);
  }

  /** Returns two events inside September 2026. */
  static List<PatientEvent> events() {
    return List.of(event("2026-09-05", "physiotherapy start"), event("2026-09-15", "injection"));
  }
}
