package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.analysis.Status;

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
        SinceLastMonth.headline(r, patient.previous()),
        Figures.css(s.status()),
        meaning(r),
        headline(r),
        Figures.rule(r.rule()),
        legPainRule(r),
        flags(r),
        lostNotice(r, patient.context()),
        SinceLastMonth.line(r, patient.previous(), report.month()),
        ContextLine.of(patient.background(), r.end()),
        ContextLine.strayHint(patient.context().strayStart()),
        "In treatment since "
            + r.start()
            + ": "
            + Figures.count(s.weeksInTreatment(), "week", "weeks")
            + " by "
            + r.end()
            + ", the last day of the report month.",
        PatientMeasures.of(r),
        PatientMeasures.windows(r),
        facts(r, patient.context(), month),
        checked,
        List.of(base + "-timeline.svg", base + "-weekly.svg", base + "-nextday.svg"),
        AdjustedText.lead(r.adjusted()),
        AdjustedText.ADJUSTED_FOR,
        AdjustedText.choice(r.adjusted().choice()),
        AdjustedText.activities(r.adjusted()),
        PatientTables.byExposure(r),
        PatientTables.byActivity(r),
        PatientTables.flaggedDays(r),
        Figures.count(r.flaggedDays().size(), "day", "days")
            + " with a flagged activity since the start of treatment ("
            + r.start()
            + ")",
        PatientTables.events(patient.context()),
        PatientTables.medications(r),
        PatientTables.notes(patient.context()),
        PatientTables.quality(r, patient.context(), month),
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

  private static String headline(PatientResult r) {
    return painHeadline(r.summary())
        + legPainHeadline(r.summary(), r.panel().legPain().changePct());
  }

  /**
   * Returns leg pain's verdict for the headline when it differs from pain's (SPEC 3c: pain stays
   * the primary status, and the headline says both), else the empty string.
   */
  private static String legPainHeadline(PatientSummary s, double changePct) {
    Status leg = s.legPainStatus();
    if (leg == null || leg == s.status()) {
      return "";
    }
    String figures = "";
    if (Double.isFinite(s.legPainChange())) {
      figures =
          ": "
              + Figures.number(s.legPainBaseline())
              + " \u2192 "
              + Figures.number(s.legPainCurrent())
              + ", change "
              + Figures.signed(s.legPainChange(), "points")
              + (Double.isFinite(changePct) ? " (" + Figures.signed(changePct, "%") + ")" : "");
    }
    return " Leg pain "
        + Figures.symbol(leg)
        + " "
        + Figures.word(leg)
        + figures
        + " (pain "
        + Figures.word(s.status())
        + " is the primary status).";
  }

  /**
   * Returns the rule behind leg pain's verdict when the headline says it (it differs from pain's),
   * so that this verdict too shows its numbers and rule; else null.
   */
  private static String legPainRule(PatientResult r) {
    Status leg = r.summary().legPainStatus();
    return leg == null || leg == r.status() ? null : Figures.rule(r.panel().legPainRule());
  }

  private static String painHeadline(PatientSummary s) {
    boolean baseline = Double.isFinite(s.painBaseline());
    boolean current = Double.isFinite(s.painCurrent());
    if (!baseline && !current) {
      return "Pain (0-10 scale): no baseline and no current figure.";
    }
    if (!current) {
      return "Pain "
          + Figures.number(s.painBaseline())
          + " at baseline (0-10 scale); no current figure.";
    }
    if (!baseline) {
      return "Pain " + Figures.number(s.painCurrent()) + " now (0-10 scale); no baseline figure.";
    }
    String text =
        "Pain "
            + Figures.number(s.painBaseline())
            + " at baseline \u2192 "
            + Figures.number(s.painCurrent())
            + " now (0-10 scale): change "
            + Figures.signed(s.painChange(), "points");
    return text
        + (Double.isFinite(s.painChangePct())
            ? " (" + Figures.signed(s.painChangePct(), "%") + ")."
            : " (no change % from a baseline of 0).");
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

  private static List<PatientView.Fact> facts(
      PatientResult r, PatientContext context, String month) {
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
            Adherence.lowImpact(s, context),
            "Minutes of recommended low-impact activity (swimming, walking, stretching, gentle"
                + " yoga, ...) per week in "
                + month
                + "; an entry without a duration counts as done, with its minutes unknown."));
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
}
