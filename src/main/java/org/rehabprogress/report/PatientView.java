package org.rehabprogress.report;

import java.util.List;

/**
 * What a patient page shows, every text ready to print (the template escapes it): the verdict
 * first, then the figures, the charts, and the detail.
 *
 * @param patientId the patient id
 * @param month the report month, {@code October 2026}
 * @param overviewHref the link back to index.html
 * @param symbol the status symbol
 * @param status the status word, with the month before's when it moved ({@code UNCHANGED, was
 *     IMPROVED in September})
 * @param css the status CSS class
 * @param meaning what the status means, in plain words
 * @param headline pain baseline, current and change in one line
 * @param rule the rule that produced the status, with its numbers
 * @param legPainRule the rule behind leg pain's verdict when the headline says it, else null
 * @param flags each raised flag with the sentence behind it
 * @param lostNotice the lost-to-follow-up notice, or null
 * @param sinceLastMonth the month-over-month line
 * @param context age band, sex, site and surgery as patients.csv gives them, in one line
 * @param strayHint the hint that the start is a stray first entry, or null
 * @param treatment the start, weeks in treatment and the end day
 * @param measures baseline, current and change of pain, anxiety, GAD-7 and sleep
 * @param windows the panel's windows in one sentence, for the PDF's compact table
 * @param facts trend and adherence figures with what they mean
 * @param charts the three charts, checked by {@link InlineSvg}
 * @param chartFiles the links to the chart files: timeline, weekly, next day
 * @param adjustedLead the adjusted flagged-minus-low-impact figure in words (SPEC 3b), or why there
 *     is none
 * @param adjustedFor what the adjustment takes into account, and that it remains an association
 * @param choiceCheck the choice check in words, or why there is none
 * @param adjustedActivities the per-activity adjusted differences
 * @param byExposure next-day pain per kind of day (unadjusted)
 * @param byActivity next-day pain per activity name
 * @param flaggedDays the month's days with a flagged activity and the pain of the next day
 * @param flaggedSince how many days with a flagged activity since the start of treatment
 * @param events the events up to the end of the month, medication starts, stops and dose changes
 *     among them
 * @param medications the medications.csv rows started by the end of the month (SPEC 3c)
 * @param notes the diary notes of the month
 * @param quality the patient's data-quality lines
 * @param footer the footer
 */
public record PatientView(
    String patientId,
    String month,
    String overviewHref,
    String symbol,
    String status,
    String css,
    String meaning,
    String headline,
    String rule,
    String legPainRule,
    List<Flag> flags,
    String lostNotice,
    String sinceLastMonth,
    String context,
    String strayHint,
    String treatment,
    List<Measure> measures,
    String windows,
    List<Fact> facts,
    ChartSvgs charts,
    List<String> chartFiles,
    String adjustedLead,
    String adjustedFor,
    String choiceCheck,
    List<AdjustedRow> adjustedActivities,
    List<NextDayRow> byExposure,
    List<NextDayRow> byActivity,
    List<FlaggedDayRow> flaggedDays,
    String flaggedSince,
    List<DatedText> events,
    List<MedicationRow> medications,
    List<DatedText> notes,
    List<String> quality,
    FooterView footer) {

  /** Copies the lists. */
  public PatientView {
    flags = List.copyOf(flags);
    measures = List.copyOf(measures);
    facts = List.copyOf(facts);
    chartFiles = List.copyOf(chartFiles);
    adjustedActivities = List.copyOf(adjustedActivities);
    byExposure = List.copyOf(byExposure);
    byActivity = List.copyOf(byActivity);
    flaggedDays = List.copyOf(flaggedDays);
    events = List.copyOf(events);
    medications = List.copyOf(medications);
    notes = List.copyOf(notes);
    quality = List.copyOf(quality);
  }

  /**
   * A raised flag.
   *
   * @param name the flag's name
   * @param rule the rule behind it, with its numbers
   */
  public record Flag(String name, String rule) {}

  /**
   * A measure's baseline, current and change.
   *
   * @param name the measure and its scale
   * @param baseline the baseline figure
   * @param baselineDays the baseline window
   * @param current the current figure
   * @param currentDays the current window
   * @param change the change, signed
   * @param note the verdict or marker, or why there is none
   */
  public record Measure(
      String name,
      String baseline,
      String baselineDays,
      String current,
      String currentDays,
      String change,
      String note) {}

  /**
   * A figure with its meaning.
   *
   * @param name what it is
   * @param value the figure with its unit
   * @param meaning how it is computed
   */
  public record Fact(String name, String value, String meaning) {}

  /**
   * Next-day pain after a group of days: the estimate with its spread.
   *
   * @param label the group (a kind of day, or an activity name)
   * @param activityClass the catalog class of an activity, empty for a kind of day
   * @param days the number of days
   * @param mean the mean next-day pain
   * @param sd the standard deviation
   * @param difference the difference from the reference group
   */
  public record NextDayRow(
      String label, String activityClass, int days, String mean, String sd, String difference) {}

  /**
   * An activity's adjusted difference in next-day pain from a logged day with no activity, at the
   * same pain that day (SPEC 3b's per-activity model).
   *
   * @param activity the activity name
   * @param activityClass its catalog class, in words
   * @param days the day pairs whose day had the activity
   * @param difference the coefficient, signed, or the en dash
   * @param interval its 95% interval, or the en dash
   * @param note why there is no figure, or empty
   */
  public record AdjustedRow(
      String activity,
      String activityClass,
      int days,
      String difference,
      String interval,
      String note) {}

  /**
   * A day with a flagged activity.
   *
   * @param date the day
   * @param activities the flagged activities of the day
   * @param nextDayPain the pain of the next day
   */
  public record FlaggedDayRow(String date, String activities, String nextDayPain) {}

  /**
   * A medications.csv row as listed: opioids with their MME a day, other drugs without.
   *
   * @param drug the drug as written
   * @param start the first day taken
   * @param end the last day taken, or {@code ongoing}
   * @param dose the daily dose with its unit
   * @param mme the MME a day, or what the row is instead ({@code not an opioid: listed without
   *     MME}, why an opioid's MME is unknown)
   */
  public record MedicationRow(String drug, String start, String end, String dose, String mme) {}

  /**
   * A dated line of text: an event or a diary note.
   *
   * @param date the day
   * @param source where it comes from (empty for an event)
   * @param text the text as written
   */
  public record DatedText(String date, String source, String text) {}
}
