package org.rehabprogress.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.ingest.PatientEvent;

/**
 * The charts of a patient page (SPEC section 4): the symptom timeline, weekly activity minutes and
 * next-day pain by exposure. Each call builds a new chart from the result alone; nothing is cached,
 * so charts may be built on several threads at once. Empty data gives a chart with a note ("no pain
 * entries in this period"), never an exception.
 */
public final class PatientCharts {

  private PatientCharts() {}

  /**
   * Returns the symptom timeline: daily pain, anxiety and sleep hours as dots with the 7-day
   * rolling mean as a line, on plots sharing the date axis; the clinically important change band
   * around baseline pain ({@code baseline - min(2, 0.3 * baseline)} to {@code baseline + 2}),
   * flagged activity days as triangles under the pain scale, events as dashed lines labelled in a
   * lane on top, and the baseline and current windows shaded.
   *
   * @param events the patient's events; those outside the plotted days are left out
   */
  public static JFreeChart timeline(PatientResult result, List<PatientEvent> events) {
    Objects.requireNonNull(result, "result");
    return Timeline.of(result, List.copyOf(events));
  }

  /**
   * Returns the pain timeline of a one-page PDF: the timeline of {@link #timeline} with the pain
   * plot and the event lane only.
   */
  public static JFreeChart painTimeline(PatientResult result, List<PatientEvent> events) {
    Objects.requireNonNull(result, "result");
    return Timeline.of(result, List.copyOf(events), true);
  }

  /**
   * Returns the weekly activity minutes stacked by class (low-impact at the bottom, then neutral
   * including unclassified, then flagged), in 7-day weeks counted back from the end day so the last
   * bar is the last full week, on the timeline's date axis.
   */
  public static JFreeChart weeklyMinutes(PatientResult result) {
    return weeklyMinutes(result, List.of());
  }

  /**
   * Returns the weekly activity minutes as {@link #weeklyMinutes(PatientResult)} does, with a
   * {@code ?} above each week that has a day in {@code daysWithoutMinutes} (activity entries
   * without a duration, whose minutes are unknown rather than zero) and a note saying so.
   */
  public static JFreeChart weeklyMinutes(PatientResult result, List<LocalDate> daysWithoutMinutes) {
    Objects.requireNonNull(result, "result");
    return WeeklyMinutes.of(result, List.copyOf(daysWithoutMinutes));
  }

  /**
   * Returns next-day pain after low-impact, flagged, other-activity and rest days as box plots
   * (quartiles, median, whiskers, mean marked), each category labelled with its number of days; a
   * group with fewer than 3 days shows its n and no box.
   */
  public static JFreeChart nextDayPain(PatientResult result) {
    Objects.requireNonNull(result, "result");
    return NextDayBoxes.of(result);
  }
}
