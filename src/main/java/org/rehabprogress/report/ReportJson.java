package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.analysis.ActivityComparison;
import org.rehabprogress.analysis.AdjustedActivity;
import org.rehabprogress.analysis.AdjustedComparison;
import org.rehabprogress.analysis.ChoiceCheck;
import org.rehabprogress.analysis.Exposure;
import org.rehabprogress.analysis.NextDayPain;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.stats.AdjustedDifference;

/**
 * Writes report.json: per patient (in id order) the summary.csv figures at full precision under
 * {@code summary}, the rule behind the status, the flag rules, lost to follow-up, the GAD-7 change
 * marker, the next-day comparisons per exposure and per activity (unadjusted), and under {@code
 * adjusted} the adjusted comparison of SPEC 3b ({@code day_pairs}, {@code flagged_pairs}, {@code
 * low_impact_pairs}; {@code flagged_minus_low_impact} with {@code estimate}, {@code se}, {@code
 * df}, {@code ci_low}, {@code ci_high} and the {@code reason} when there is none; {@code
 * activities}, one row per activity done on a pair's day with {@code activity}, {@code
 * activity_class}, {@code days}, {@code estimate}, {@code se}, {@code ci_low}, {@code ci_high},
 * {@code reason}; {@code choice_check} with {@code flagged_day_pain_minus_other}, {@code
 * flagged_pairs}, {@code other_pairs}), the FBSS outcome panel ({@link PanelJson}), the clinical
 * {@code context} and the month before as {@code previous} (null for a patient not in treatment by
 * its end); the status counts; the data quality account; the provenance; and under {@code export}
 * the newest entry and whether the export looks stale. Keys are snake_case in alphabetical order
 * and a figure that is none is {@code null} (see {@link Json}); a reason is the rule's name in
 * lower case ({@code few_pairs}, {@code few_flagged}, {@code few_low_impact}, {@code
 * few_activity_days}, {@code every_day}, {@code aliased}, {@code few_degrees_of_freedom}, {@code
 * no_residual_variation}).
 */
public final class ReportJson {

  private ReportJson() {}

  /** Writes the report's JSON to a writer the caller opens and closes. */
  public static void write(MonthReport report, Writer out) throws IOException {
    List<PatientJson> patients = new ArrayList<>();
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (ReportedPatient p : report.patients()) {
      patients.add(patient(p));
      counts.merge(p.result().status(), 1, Integer::sum);
    }
    Map<String, Integer> statusCounts = new TreeMap<>();
    counts.forEach((status, n) -> statusCounts.put(status.name(), n));
    Json.write(
        new Document(
            report.month().toString(),
            report.monthStart(),
            report.monthEnd(),
            patients,
            report.notCovered(),
            statusCounts,
            new DataQuality(
                report.ledgers(),
                report.rejects().size(),
                report.duplicates().size(),
                report.unclassified(),
                report.warnings()),
            report.provenance(),
            new FreshnessJson(
                report.freshness().newestEntry(),
                report.freshness().monthHasEntry(),
                report.freshness().stale(report.monthEnd()))),
        out);
  }

  private static PatientJson patient(ReportedPatient p) {
    PatientResult r = p.result();
    Map<String, NextDayJson> byExposure = new TreeMap<>();
    for (Exposure e : Exposure.values()) {
      byExposure.put(e.name().toLowerCase(Locale.ROOT), nextDay(r.nextDay(e)));
    }
    List<ActivityJson> activities = new ArrayList<>();
    for (ActivityComparison a : r.activities()) {
      activities.add(
          new ActivityJson(
              a.activity(), a.activityClass().name(), nextDay(a.nextDay()), a.differenceVsRest()));
    }
    return new PatientJson(
        r.patientId(),
        "patients/" + p.fileName() + ".html",
        r.summary(),
        r.rule(),
        r.flagRules(),
        r.lostToFollowUp(),
        r.start(),
        r.end(),
        r.monthDays(),
        r.gad7Change().name(),
        byExposure,
        activities,
        PanelJson.of(r.panel()),
        p.background(),
        previous(p.previous()),
        adjusted(r.adjusted()));
  }

  private static PreviousJson previous(Previous p) {
    if (p == null) {
      return null;
    }
    return new PreviousJson(
        p.month().toString(),
        p.status().name(),
        p.painCurrent(),
        p.reviewFlag(),
        p.persistentPainFlag(),
        p.lostToFollowUp());
  }

  private static AdjustedJson adjusted(AdjustedComparison a) {
    List<AdjustedActivityJson> activities = new ArrayList<>();
    for (AdjustedActivity row : a.byActivity()) {
      DifferenceJson d = difference(row.difference());
      activities.add(
          new AdjustedActivityJson(
              row.activity(),
              row.activityClass().name(),
              row.days(),
              d.estimate(),
              d.se(),
              d.ciLow(),
              d.ciHigh(),
              d.reason()));
    }
    ChoiceCheck c = a.choice();
    return new AdjustedJson(
        a.pairs().size(),
        a.byClass().flaggedPairs(),
        a.byClass().lowImpactPairs(),
        difference(a.flaggedMinusLowImpact()),
        activities,
        new ChoiceJson(c.flaggedDayPainMinusOther(), c.flaggedPairs(), c.otherPairs()));
  }

  private static DifferenceJson difference(AdjustedDifference d) {
    if (d instanceof AdjustedDifference.Estimate e) {
      return new DifferenceJson(e.estimate(), e.se(), e.df(), e.ciLow(), e.ciHigh(), null);
    }
    AdjustedDifference.Reason reason = ((AdjustedDifference.None) d).reason();
    return new DifferenceJson(
        Double.NaN,
        Double.NaN,
        null,
        Double.NaN,
        Double.NaN,
        reason.name().toLowerCase(Locale.ROOT));
  }

  private static NextDayJson nextDay(NextDayPain n) {
    return new NextDayJson(n.days(), n.mean(), n.sd());
  }

  record Document(
      String month,
      LocalDate monthStart,
      LocalDate monthEnd,
      List<PatientJson> patients,
      int patientsNotCovered,
      Map<String, Integer> statusCounts,
      DataQuality dataQuality,
      Provenance provenance,
      FreshnessJson export) {}

  record FreshnessJson(LocalDate newestEntry, boolean monthHasEntry, boolean stale) {}

  record PreviousJson(
      String month,
      String status,
      double painCurrent,
      boolean reviewFlag,
      boolean persistentPainFlag,
      boolean lostToFollowUp) {}

  record PatientJson(
      String patientId,
      String page,
      PatientSummary summary,
      String rule,
      List<String> flagRules,
      boolean lostToFollowUp,
      LocalDate start,
      LocalDate end,
      int daysInMonth,
      String gad7Change,
      Map<String, NextDayJson> nextDayPainByExposure,
      List<ActivityJson> nextDayPainByActivity,
      PanelJson outcomePanel,
      ClinicalContext context,
      PreviousJson previous,
      AdjustedJson adjusted) {}

  record AdjustedJson(
      int dayPairs,
      int flaggedPairs,
      int lowImpactPairs,
      DifferenceJson flaggedMinusLowImpact,
      List<AdjustedActivityJson> activities,
      ChoiceJson choiceCheck) {}

  record DifferenceJson(
      double estimate, double se, Integer df, double ciLow, double ciHigh, String reason) {}

  record AdjustedActivityJson(
      String activity,
      String activityClass,
      int days,
      double estimate,
      double se,
      double ciLow,
      double ciHigh,
      String reason) {}

  record ChoiceJson(double flaggedDayPainMinusOther, int flaggedPairs, int otherPairs) {}

  record NextDayJson(int days, double mean, double sd) {}

  record ActivityJson(
      String activity, String activityClass, NextDayJson nextDayPain, double differenceVsRest) {}

  record DataQuality(
      List<FileLedger> files,
      int rejectedRows,
      int duplicateRows,
      Map<String, Long> unclassifiedActivities,
      List<String> warnings) {}
}
