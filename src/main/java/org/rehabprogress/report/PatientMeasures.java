package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.analysis.Gad7Change;
import org.rehabprogress.analysis.Outcome;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.Window;

/** The table of baseline, current and change of each followed measure on a patient page. */
final class PatientMeasures {

  // GAD-7 windows span 28 days (SPEC section 3); the current one needs end - start >= 55 days.
  private static final int GAD7_DAYS = 28;
  private static final int GAD7_MIN_SPAN = 55;

  private PatientMeasures() {}

  /**
   * Returns the rows for pain, anxiety, GAD-7 and sleep hours, then the outcome panel's (SPEC 3c)
   * that the patient has.
   */
  static List<PatientView.Measure> of(PatientResult r) {
    Window baseline = r.series().baseline();
    Window current = r.series().current();
    LocalDate gadBaselineEnd = min(r.start().plusDays(GAD7_DAYS - 1L), r.end());
    boolean gadCurrent = r.end().toEpochDay() - r.start().toEpochDay() >= GAD7_MIN_SPAN;
    String gadCurrentDays =
        gadCurrent ? r.end().minusDays(GAD7_DAYS - 1L) + " to " + r.end() : "too early";
    List<PatientView.Measure> rows = new ArrayList<>();
    rows.add(
        row(
            "Pain (0-10)",
            r.pain(),
            days(baseline),
            days(current),
            "the verdict: " + Figures.word(r.status())));
    rows.add(
        row(
            "Anxiety (0-10)",
            r.anxiety(),
            days(baseline),
            days(current),
            "shown without a verdict"));
    rows.add(
        row(
            "GAD-7 (0-21)",
            r.gad7(),
            r.start() + " to " + gadBaselineEnd,
            gadCurrentDays,
            gad7Note(r.gad7Change())));
    rows.add(
        row(
            "Sleep (hours a night)",
            r.sleepHours(),
            days(baseline),
            days(current),
            "shown without a verdict"));
    rows.addAll(PanelRows.of(r, days(baseline), days(current)));
    return rows;
  }

  /**
   * Returns the table's windows in one sentence, for the PDF, whose compact table has no columns
   * for them: the 14-day windows of pain, leg pain, anxiety, sleep and the opioid dose, and the
   * 28-day windows of GAD-7, PEG and ODI (SPEC 3, 3c).
   */
  static String windows(PatientResult r) {
    LocalDate gadBaselineEnd = min(r.start().plusDays(GAD7_DAYS - 1L), r.end());
    boolean gadCurrent = r.end().toEpochDay() - r.start().toEpochDay() >= GAD7_MIN_SPAN;
    return "Windows: 14 days (pain, leg pain, anxiety, sleep: 4 days with a value; opioids: every"
        + " day) "
        + days(r.series().baseline())
        + " and "
        + days(r.series().current())
        + "; 28 days (GAD-7, PEG, ODI: one score) "
        + r.start()
        + " to "
        + gadBaselineEnd
        + " and "
        + (gadCurrent ? r.end().minusDays(GAD7_DAYS - 1L) + " to " + r.end() : "too early")
        + ". PGIC: the month's latest score.";
  }

  private static PatientView.Measure row(
      String name, Outcome o, String baselineDays, String currentDays, String note) {
    return new PatientView.Measure(
        name,
        Figures.number(o.baseline()),
        baselineDays,
        Figures.number(o.current()),
        currentDays,
        Figures.signed(o.change()),
        note);
  }

  private static String gad7Note(Gad7Change change) {
    // Toussaint et al. 2020: a GAD-7 change of 4 points or more is clinically important.
    return switch (change) {
      case IMPORTANT_IMPROVEMENT ->
          "\u25BC clinically important improvement: fell by 4 points or more (Toussaint et al."
              + " 2020)";
      case IMPORTANT_WORSENING ->
          "\u25B2 clinically important worsening: rose by 4 points or more (Toussaint et al."
              + " 2020)";
      case NOT_IMPORTANT -> "change under 4 points: not clinically important";
      case NOT_AVAILABLE -> "needs a score in each 28-day window";
    };
  }

  private static String days(Window w) {
    return w == null ? "too early" : w.from() + " to " + w.to();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
