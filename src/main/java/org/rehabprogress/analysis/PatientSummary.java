package org.rehabprogress.analysis;

import java.util.Objects;

/**
 * One patient's row of summary.csv (SPEC section 3), in its column order, at full precision: NaN
 * stands for none; rounding belongs to whoever prints a figure.
 *
 * @param patientId the patient id
 * @param status the pain verdict
 * @param reviewFlag weeks in treatment >= 12 and status UNCHANGED or WORSE
 * @param persistentPainFlag weeks in treatment >= 26 and current pain (as shown) >= 5.0
 * @param weeksInTreatment {@code floor((end - start) / 7)}
 * @param painBaseline mean daily pain over start .. start+13
 * @param painCurrent mean daily pain over end-13 .. end
 * @param painChange {@code painCurrent - painBaseline}
 * @param painChangePct {@code 100 * painChange / painBaseline}
 * @param anxietyBaseline mean daily anxiety over the baseline window
 * @param anxietyCurrent mean daily anxiety over the current window
 * @param gad7Baseline mean daily GAD-7 over start .. start+27
 * @param gad7Current mean daily GAD-7 over end-27 .. end
 * @param sleepHoursBaseline mean daily sleep hours over the baseline window
 * @param sleepHoursCurrent mean daily sleep hours over the current window
 * @param nextDayPainAfterLowImpact mean next-day pain after LOW_IMPACT days
 * @param nextDayPainAfterFlagged mean next-day pain after FLAGGED days
 * @param flaggedMinusLowImpact {@code nextDayPainAfterFlagged - nextDayPainAfterLowImpact}
 * @param painTrendPerWeek the Theil-Sen slope of daily pain over end-83 .. end, points per week
 * @param lowImpactMinPerWeek low-impact minutes per week over the days of M on or after start
 * @param flaggedEntries flagged activity entries on the days of M on or after start
 * @param daysLogged days of M on or after start with a symptom entry
 * @param completenessPct {@code 100 * daysLogged / days of M on or after start}
 * @param adjFlaggedMinusLowImpact SPEC 3b: {@code bF - bL} of the model {@code y ~ F + L + O + p}
 *     over the day pairs, NaN when the minimum-data rules are not met
 * @param adjCiLow the lower bound of its 95% t interval
 * @param adjCiHigh the upper bound of its 95% t interval
 * @param adjDayPairs the day pairs {@code n} the model was fitted on (also when there is no
 *     estimate)
 * @param flaggedDayPainMinusOther SPEC 3b's choice check: mean pain on flagged pairs' days minus on
 *     the other pairs' days, NaN with fewer than 5 pairs on either side
 * @param legPainBaseline mean daily leg pain over the baseline window (SPEC 3c)
 * @param legPainCurrent mean daily leg pain over the current window
 * @param legPainChange {@code legPainCurrent - legPainBaseline}
 * @param legPainStatus the leg pain verdict by pain's rule; null when the patient has no leg pain
 * @param pegBaseline mean daily PEG over start .. start+27
 * @param pegCurrent mean daily PEG over end-27 .. end
 * @param odiBaseline mean daily ODI over start .. start+27
 * @param odiCurrent mean daily ODI over end-27 .. end
 * @param pgicLatest the latest PGIC of the month (that day's mean), on or after start
 * @param mmeBaseline mean MME a day over the baseline window, every day counting
 * @param mmeCurrent mean MME a day over the current window, every day counting
 */
public record PatientSummary(
    String patientId,
    Status status,
    boolean reviewFlag,
    boolean persistentPainFlag,
    int weeksInTreatment,
    double painBaseline,
    double painCurrent,
    double painChange,
    double painChangePct,
    double anxietyBaseline,
    double anxietyCurrent,
    double gad7Baseline,
    double gad7Current,
    double sleepHoursBaseline,
    double sleepHoursCurrent,
    double nextDayPainAfterLowImpact,
    double nextDayPainAfterFlagged,
    double flaggedMinusLowImpact,
    double painTrendPerWeek,
    double lowImpactMinPerWeek,
    int flaggedEntries,
    int daysLogged,
    double completenessPct,
    double adjFlaggedMinusLowImpact,
    double adjCiLow,
    double adjCiHigh,
    int adjDayPairs,
    double flaggedDayPainMinusOther,
    double legPainBaseline,
    double legPainCurrent,
    double legPainChange,
    Status legPainStatus,
    double pegBaseline,
    double pegCurrent,
    double odiBaseline,
    double odiCurrent,
    double pgicLatest,
    double mmeBaseline,
    double mmeCurrent) {

  /** Checks for nulls. */
  public PatientSummary {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(status, "status");
  }
}
