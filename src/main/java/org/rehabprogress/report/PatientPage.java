package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.analysis.ActivityComparison;
import org.rehabprogress.analysis.Exposure;
import org.rehabprogress.analysis.FlaggedDay;
import org.rehabprogress.analysis.NextDayPain;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.PatientEvent;

/** Builds what a patient page shows from the patient's figures and charts. */
public final class PatientPage {

  private PatientPage() {}

  /**
   * Returns a patient's page.
   *
   * @param report the report the patient belongs to (for the month and the footer)
   * @param patient the patient
   * @param charts the patient's charts
   * @throws IllegalArgumentException when a chart holds anything but drawing elements
   */
  public static PatientView view(MonthReport report, ReportedPatient patient, ChartSvgs charts) {
    PatientResult r = patient.result();
    PatientSummary s = r.summary();
    String month = Figures.month(report.month());
    ChartSvgs checked =
        new ChartSvgs(
            InlineSvg.checked(charts.timeline()),
            InlineSvg.checked(charts.weekly()),
            InlineSvg.checked(charts.nextDay()));
    String base = "../charts/" + patient.fileName();
    return new PatientView(
        r.patientId(),
        month,
        "../index.html",
        Figures.symbol(s.status()),
        Figures.word(s.status()),
        Figures.css(s.status()),
        meaning(r),
        headline(s),
        Figures.rule(r.rule()),
        flags(r),
        lostNotice(r, patient.context()),
        "In treatment since "
            + r.start()
            + ": "
            + Figures.count(s.weeksInTreatment(), "week", "weeks")
            + " by "
            + r.end()
            + ", the last day of the report month.",
        PatientMeasures.of(r),
        facts(r, month),
        checked,
        List.of(base + "-timeline.svg", base + "-weekly.svg", base + "-nextday.svg"),
        byExposure(r),
        byActivity(r),
        flaggedDays(r),
        Figures.count(r.flaggedDays().size(), "day", "days")
            + " with a flagged activity since the start of treatment ("
            + r.start()
            + ")",
        events(patient.context()),
        notes(patient.context()),
        quality(r, patient.context(), month),
        FooterView.of(report.provenance()));
  }

  private static List<PatientView.Flag> flags(PatientResult r) {
    // The analysis lists the review rule first, then the persistent-pain rule.
    List<String> names = new ArrayList<>();
    if (r.summary().reviewFlag()) {
      names.add("Review flag");
    }
    if (r.summary().persistentPainFlag()) {
      names.add("Persistent-pain flag");
    }
    List<PatientView.Flag> flags = new ArrayList<>();
    for (int i = 0; i < r.flagRules().size(); i++) {
      String name = i < names.size() ? names.get(i) : "Flag";
      flags.add(new PatientView.Flag(name, Figures.rule(r.flagRules().get(i))));
    }
    return flags;
  }

  private static String meaning(PatientResult r) {
    return switch (r.status()) {
      case IMPROVED -> "pain is down by a clinically important amount since treatment began";
      case WORSE -> "pain is up by a clinically important amount since treatment began";
      case UNCHANGED -> "no clinically important change in pain since treatment began";
      case INSUFFICIENT_DATA ->
          r.series().current() == null
              ? "too early to compare: under 4 weeks since treatment began"
              : "too few pain entries to compare: 4 days with pain are needed in the first and in"
                  + " the last 14 days";
    };
  }

  private static String headline(PatientSummary s) {
    if (Double.isNaN(s.painBaseline()) && Double.isNaN(s.painCurrent())) {
      return "Pain: no baseline and no current figure.";
    }
    String text =
        "Pain "
            + Figures.number(s.painBaseline())
            + " at baseline \u2192 "
            + Figures.number(s.painCurrent())
            + " now (0-10 scale)";
    if (Double.isFinite(s.painChange())) {
      text +=
          ": change "
              + Figures.signed(s.painChange(), "points")
              + (Double.isFinite(s.painChangePct())
                  ? " (" + Figures.signed(s.painChangePct(), "%") + ")"
                  : "");
    }
    return text + ".";
  }

  private static String lostNotice(PatientResult r, PatientContext c) {
    if (!r.lostToFollowUp()) {
      return null;
    }
    String text =
        "Lost to follow-up: no symptom entry in the last 14 days of the month ("
            + r.end().minusDays(13)
            + " to "
            + r.end()
            + ")";
    return text
        + (c.lastSymptomDay() == null
            ? "; no symptom entry at all."
            : "; the last one was on " + c.lastSymptomDay() + ".");
  }

  private static List<PatientView.Fact> facts(PatientResult r, String month) {
    PatientSummary s = r.summary();
    List<PatientView.Fact> facts = new ArrayList<>();
    facts.add(
        new PatientView.Fact(
            "Pain trend",
            Figures.signed(s.painTrendPerWeek(), "points/week"),
            "Theil-Sen slope of daily pain over the 84 days to "
                + r.end()
                + " (negative: pain falling); needs 14 days with pain."));
    facts.add(
        new PatientView.Fact(
            "Low-impact activity",
            Figures.whole(s.lowImpactMinPerWeek(), "min/week"),
            "Minutes of recommended low-impact activity (swimming, walking, stretching, gentle"
                + " yoga, ...) per week in "
                + month
                + "."));
    facts.add(
        new PatientView.Fact(
            "Flagged activity",
            Figures.count(s.flaggedEntries(), "entry", "entries"),
            "Entries of activities FBSS patients are usually advised to avoid (twisting, heavy"
                + " lifting, jarring impact) in "
                + month
                + "."));
    facts.add(
        new PatientView.Fact(
            "Diary completeness",
            s.daysLogged()
                + " of "
                + Figures.count(r.monthDays(), "day", "days")
                + " ("
                + Figures.whole(s.completenessPct(), "%")
                + ")",
            "Days of " + month + " from the start of treatment with a symptom entry."));
    return facts;
  }

  private static List<PatientView.NextDayRow> byExposure(PatientResult r) {
    double lowImpact = r.nextDay(Exposure.LOW_IMPACT).mean();
    List<PatientView.NextDayRow> rows = new ArrayList<>();
    for (Exposure e : Exposure.values()) {
      NextDayPain n = r.nextDay(e);
      rows.add(
          new PatientView.NextDayRow(
              label(e),
              "",
              n.days(),
              Figures.number(n.mean()),
              Figures.number(n.sd()),
              e == Exposure.LOW_IMPACT ? "reference" : Figures.signed(n.mean() - lowImpact)));
    }
    return rows;
  }

  private static String label(Exposure e) {
    return switch (e) {
      case FLAGGED -> "After a day with a flagged activity";
      case LOW_IMPACT -> "After a low-impact day (no flagged activity)";
      case OTHER -> "After a day with other activities only";
      case REST -> "After a day with no activity logged";
    };
  }

  private static List<PatientView.NextDayRow> byActivity(PatientResult r) {
    List<PatientView.NextDayRow> rows = new ArrayList<>();
    for (ActivityComparison a : r.activities()) {
      rows.add(
          new PatientView.NextDayRow(
              a.activity(),
              className(a.activityClass()),
              a.nextDay().days(),
              Figures.number(a.nextDay().mean()),
              Figures.number(a.nextDay().sd()),
              Figures.signed(a.differenceVsRest())));
    }
    return rows;
  }

  private static String className(ActivityClass c) {
    return switch (c) {
      case LOW_IMPACT -> "low-impact";
      case FLAGGED -> "flagged";
      case NEUTRAL -> "neutral";
      case UNCLASSIFIED -> "unclassified (counted as neutral)";
    };
  }

  private static List<PatientView.FlaggedDayRow> flaggedDays(PatientResult r) {
    List<PatientView.FlaggedDayRow> rows = new ArrayList<>();
    for (FlaggedDay d : r.flaggedDays()) {
      if (d.date().isBefore(r.monthStart())) {
        continue;
      }
      rows.add(
          new PatientView.FlaggedDayRow(
              d.date().toString(),
              String.join(", ", d.activities()),
              Figures.number(d.nextDayPain())));
    }
    return rows;
  }

  private static List<PatientView.DatedText> events(PatientContext c) {
    List<PatientView.DatedText> rows = new ArrayList<>();
    for (PatientEvent e : c.events()) {
      rows.add(new PatientView.DatedText(e.date().toString(), "", e.event()));
    }
    return rows;
  }

  private static List<PatientView.DatedText> notes(PatientContext c) {
    List<PatientView.DatedText> rows = new ArrayList<>();
    for (PatientContext.DiaryNote n : c.notes()) {
      rows.add(new PatientView.DatedText(n.date().toString(), n.source(), n.text()));
    }
    return rows;
  }

  private static List<String> quality(PatientResult r, PatientContext c, String month) {
    List<String> lines = new ArrayList<>();
    LocalDate from = r.start().isAfter(r.monthStart()) ? r.start() : r.monthStart();
    lines.add(
        "Entries from "
            + from
            + " to "
            + r.end()
            + ": "
            + Figures.count(c.symptomEntries(), "symptom entry", "symptom entries")
            + ", "
            + Figures.count(c.activityEntries(), "activity entry", "activity entries")
            + (c.activitiesWithoutMinutes() > 0
                ? " ("
                    + c.activitiesWithoutMinutes()
                    + " without a duration: counted as a day's"
                    + " activity, adding no minutes)"
                : "")
            + ".");
    List<String> unknown = new ArrayList<>();
    for (ActivityComparison a : r.activities()) {
      if (a.activityClass() == ActivityClass.UNCLASSIFIED) {
        unknown.add(a.activity());
      }
    }
    if (!unknown.isEmpty()) {
      lines.add(
          "Activity names the catalog does not know, counted as neutral: "
              + String.join(", ", unknown)
              + ". Add them to a catalog file and pass it with --catalog.");
    }
    lines.add(
        "Daily values are the mean of the day's entries; data after "
            + r.end()
            + " is not used. Rejected and repeated input rows are listed on the overview.");
    return lines;
  }
}
