package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.analysis.ActivityComparison;
import org.rehabprogress.analysis.Exposure;
import org.rehabprogress.analysis.FlaggedDay;
import org.rehabprogress.analysis.MedicationLine;
import org.rehabprogress.analysis.NextDayPain;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.medication.Dose;
import org.rehabprogress.stats.Ratio;

/** The detail tables of a patient page: next-day pain, flagged days, events, notes, quality. */
final class PatientTables {

  private PatientTables() {}

  static List<PatientView.NextDayRow> byExposure(PatientResult r) {
    NextDayPain lowImpact = r.nextDay(Exposure.LOW_IMPACT);
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
              // the difference of the exact means, not of their doubles (SPEC section 3)
              e == Exposure.LOW_IMPACT ? "reference" : Figures.signed(n.minus(lowImpact))));
    }
    return rows;
  }

  static String label(Exposure e) {
    return switch (e) {
      case FLAGGED -> "After a day with a flagged activity";
      case LOW_IMPACT -> "After a low-impact day (no flagged activity)";
      case OTHER -> "After a day with other activities only";
      case REST -> "After a logged day with no activity";
    };
  }

  static List<PatientView.NextDayRow> byActivity(PatientResult r) {
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

  static String className(ActivityClass c) {
    return switch (c) {
      case LOW_IMPACT -> "low-impact";
      case FLAGGED -> "flagged";
      case NEUTRAL -> "neutral";
      case UNCLASSIFIED -> "unclassified (counted as neutral)";
    };
  }

  static List<PatientView.FlaggedDayRow> flaggedDays(PatientResult r) {
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

  static List<PatientView.DatedText> events(PatientContext c) {
    List<PatientView.DatedText> rows = new ArrayList<>();
    for (PatientEvent e : c.events()) {
      rows.add(new PatientView.DatedText(e.date().toString(), "", e.event()));
    }
    return rows;
  }

  /** Returns the medications.csv rows started by the end of the month, opioids with MME. */
  static List<PatientView.MedicationRow> medications(PatientResult r) {
    List<PatientView.MedicationRow> rows = new ArrayList<>();
    for (MedicationLine line : r.panel().medications()) {
      Medication m = line.row();
      Dose dose = line.dose();
      String mme;
      if (dose instanceof Dose.Converted c) {
        mme = Figures.number(Ratio.of(c.mme()).toDouble()) + " (" + c.ingredient().label() + ")";
      } else if (dose instanceof Dose.NotOpioid) {
        mme = "not an opioid: listed without MME";
      } else {
        mme = "unknown: " + dose.why();
      }
      rows.add(
          new PatientView.MedicationRow(
              m.drug().strip(),
              m.start().toString(),
              m.end() == null ? "ongoing" : m.end().toString(),
              m.dailyDose().toPlainString() + " " + m.unit().text(),
              dose instanceof Dose.NotCounted ? "no MME: " + dose.why() : mme));
    }
    return rows;
  }

  static List<PatientView.DatedText> notes(PatientContext c) {
    List<PatientView.DatedText> rows = new ArrayList<>();
    for (PatientContext.DiaryNote n : c.notes()) {
      rows.add(new PatientView.DatedText(n.date().toString(), n.source(), n.text()));
    }
    return rows;
  }

  static List<String> quality(PatientResult r, PatientContext c, String month) {
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
