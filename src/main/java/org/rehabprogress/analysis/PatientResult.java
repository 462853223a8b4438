package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the per-patient analysis found for one patient over one report month: the summary.csv
 * figures, the verdict's rule, the outcomes, the next-day comparisons, the flagged days and the
 * daily series for charts. Figures are at full precision; NaN stands for none.
 *
 * @param summary the summary.csv figures
 * @param start the start day (treatment_start, or the first logged day)
 * @param end the end day, {@code end(M)}
 * @param monthStart the first day of the report month M
 * @param monthDays the days of M on or after start, the denominator of the month figures
 * @param rule the rule behind the status with its numbers
 * @param flagRules one sentence per raised flag (review, persistent pain), empty when none
 * @param lostToFollowUp true when no symptom entry falls in {@code end-13 .. end}
 * @param pain pain baseline and current
 * @param anxiety anxiety (0-10) baseline and current
 * @param sleepHours sleep hours baseline and current
 * @param gad7 GAD-7 baseline and current (28-day windows)
 * @param gad7Change whether the GAD-7 change is clinically important, and which way
 * @param byExposure next-day pain per exposure, indexed by {@link Exposure#ordinal()}
 * @param activities next-day pain per activity name, in name order
 * @param flaggedDays the days in {@code start .. end} with a flagged activity, in day order (empty
 *     when the analysis was asked to leave them out, as the cohort does)
 * @param series the daily series for charts
 * @param adjusted the adjusted next-day comparison of SPEC 3b: day pairs, models, choice check
 * @param panel the FBSS outcome panel: leg pain, PEG, ODI, PGIC and the opioid dose (SPEC 3c)
 */
public record PatientResult(
    PatientSummary summary,
    LocalDate start,
    LocalDate end,
    LocalDate monthStart,
    int monthDays,
    String rule,
    List<String> flagRules,
    boolean lostToFollowUp,
    Outcome pain,
    Outcome anxiety,
    Outcome sleepHours,
    Outcome gad7,
    Gad7Change gad7Change,
    List<NextDayPain> byExposure,
    List<ActivityComparison> activities,
    List<FlaggedDay> flaggedDays,
    DailySeries series,
    AdjustedComparison adjusted,
    OutcomePanel panel) {

  /** Checks for nulls and copies the lists. */
  public PatientResult {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(monthStart, "monthStart");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(gad7Change, "gad7Change");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(adjusted, "adjusted");
    Objects.requireNonNull(panel, "panel");
    flagRules = List.copyOf(flagRules);
    byExposure = List.copyOf(byExposure);
    activities = List.copyOf(activities);
    flaggedDays = List.copyOf(flaggedDays);
    if (byExposure.size() != Exposure.values().length) {
      throw new IllegalArgumentException("one next-day figure per exposure expected");
    }
  }

  /** Returns the patient id. */
  public String patientId() {
    return summary.patientId();
  }

  /** Returns the pain status. */
  public Status status() {
    return summary.status();
  }

  /** Returns next-day pain after days of one exposure. */
  public NextDayPain nextDay(Exposure exposure) {
    return byExposure.get(exposure.ordinal());
  }
}
