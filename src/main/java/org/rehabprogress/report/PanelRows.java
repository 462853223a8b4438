package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.analysis.ImportantChange;
import org.rehabprogress.analysis.OpioidDose;
import org.rehabprogress.analysis.OutcomePanel;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.Pgic;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.stats.Round;

/**
 * The rows of the FBSS outcome panel (SPEC 3c) in a patient page's table of measures, each only
 * when the patient has the measure: leg pain with its own verdict, PEG and ODI with their
 * clinically important changes, the month's latest PGIC and the opioid dose in MME a day. Every
 * marker is a word and a symbol, never a colour alone, so that the panel reads in black and white.
 */
final class PanelRows {

  // PEG and ODI windows span 28 days (SPEC 3c, as GAD-7); the current one needs end - start >= 55.
  private static final int QUESTIONNAIRE_DAYS = 28;
  private static final int QUESTIONNAIRE_MIN_SPAN = 55;

  private PanelRows() {}

  /** Returns the panel's rows of a patient, in the order leg pain, PEG, ODI, PGIC, MME. */
  static List<PatientView.Measure> of(PatientResult r, String baselineDays, String currentDays) {
    OutcomePanel p = r.panel();
    List<PatientView.Measure> rows = new ArrayList<>();
    if (p.hasLegPain()) {
      rows.add(
          row(
              "Leg pain (0-10)",
              p.legPain().baseline(),
              p.legPain().current(),
              p.legPain().change(),
              baselineDays,
              currentDays,
              legPainNote(p, r.status())));
    }
    LocalDate baselineEnd = min(r.start().plusDays(QUESTIONNAIRE_DAYS - 1L), r.end());
    String qBaseline = r.start() + " to " + baselineEnd;
    String qCurrent =
        r.end().toEpochDay() - r.start().toEpochDay() >= QUESTIONNAIRE_MIN_SPAN
            ? r.end().minusDays(QUESTIONNAIRE_DAYS - 1L) + " to " + r.end()
            : "too early";
    if (p.pegRecorded()) {
      rows.add(
          row(
              "PEG (0-10)",
              p.peg().baseline(),
              p.peg().current(),
              p.peg().change(),
              qBaseline,
              qCurrent,
              change(p.pegChange(), "30 % of baseline", "Krebs et al. 2009")));
    }
    if (p.odiRecorded()) {
      rows.add(
          row(
              "ODI (0-100)",
              p.odi().baseline(),
              p.odi().current(),
              p.odi().change(),
              qBaseline,
              qCurrent,
              change(p.odiChange(), "10 points or 30 %", "Ostelo et al. 2008")));
    }
    if (p.pgic() != null) {
      Pgic g = p.pgic();
      rows.add(
          new PatientView.Measure(
              "PGIC (1-7)",
              Figures.NONE,
              "",
              score(g.score()),
              g.day().toString(),
              Figures.NONE,
              "\u201C" + g.words() + "\u201D: " + pgicNote(g, r.status())));
    }
    OpioidDose d = p.opioids();
    if (d.recorded()) {
      rows.add(
          row(
              "Opioids (MME a day)",
              d.mme().baseline(),
              d.mme().current(),
              d.mme().change(),
              baselineDays,
              currentDays,
              mmeNote(d)));
    }
    return rows;
  }

  private static PatientView.Measure row(
      String name,
      double baseline,
      double current,
      double change,
      String baselineDays,
      String currentDays,
      String note) {
    return new PatientView.Measure(
        name,
        Figures.number(baseline),
        baselineDays,
        Figures.number(current),
        currentDays,
        Figures.signed(change),
        note);
  }

  private static String legPainNote(OutcomePanel p, Status pain) {
    Status leg = p.legPainStatus();
    String note = "own verdict: " + Figures.symbol(leg) + " " + Figures.word(leg);
    if (leg != pain) {
      note += " (pain " + Figures.word(pain) + " is the primary status)";
    }
    if (p.legPainHalved()) {
      // Kumar et al. 2007 (PROCESS): 50 % or more leg pain relief is a responder.
      note += "; \u25BC leg pain halved: -50 % or more (Kumar et al. 2007)";
    }
    return note;
  }

  private static String change(ImportantChange c, String size, String source) {
    return switch (c) {
      case IMPORTANT_IMPROVEMENT ->
          "\u25BC important improvement: fell by " + size + " or more (" + source + ")";
      case IMPORTANT_WORSENING ->
          "\u25B2 important worsening: rose by " + size + " or more (" + source + ")";
      case NOT_IMPORTANT -> "change under " + size + ": not clinically important";
      case NOT_AVAILABLE -> "needs a score in each 28-day window (a % needs a baseline above 0)";
    };
  }

  private static String pgicNote(Pgic g, Status pain) {
    String sense =
        g.importantImprovement()
            ? "\u25BC 1-2: the patient's own sense of important improvement (Farrar et al. 2001)"
            : g.importantWorsening()
                ? "\u25B2 6-7: the patient feels much worse"
                : "not 1-2 or 6-7: no important change in the patient's sense";
    return sense
        + switch (g.agreement()) {
          case AGREES -> "; agrees with pain " + Figures.word(pain);
          case DISAGREES -> "; \u2260 disagrees with pain " + Figures.word(pain) + " (both shown)";
          case NOT_COMPARED -> "; no pain status to compare with";
        };
  }

  private static String mmeNote(OpioidDose d) {
    List<String> parts = new ArrayList<>();
    if (d.baselineUnknown() != null) {
      parts.add("baseline " + d.baselineUnknown());
    }
    if (d.currentUnknown() != null) {
      parts.add("current " + d.currentUnknown());
    }
    if (d.high()) {
      // Dowell et al. 2022 (CDC): reassess benefit and risk at 50 MME a day or more.
      parts.add(
          "\u2691 50 MME a day or more: CDC advises reassessing benefit and risk (Dowell et al."
              + " 2022)");
    } else if (Double.isFinite(d.mme().current())) {
      parts.add("under 50 MME a day (Dowell et al. 2022)");
    }
    return String.join("; ", parts);
  }

  /** Returns a PGIC score as a whole number when it is one ({@code 2}), else to 2 decimals. */
  private static String score(double score) {
    double shown = Round.half(score, 2);
    return shown == Math.rint(shown) ? Round.format(shown, 0) : Figures.number(score);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
