package org.rehabprogress.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.analysis.MedicationLine;
import org.rehabprogress.analysis.OpioidDose;
import org.rehabprogress.analysis.Outcome;
import org.rehabprogress.analysis.OutcomePanel;
import org.rehabprogress.analysis.Pgic;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.medication.Dose;

/**
 * A patient's FBSS outcome panel (SPEC 3c) in report.json: a measure the patient never recorded is
 * {@code null}; figures at full precision, none as {@code null}. The medications hold the drug as
 * written (report.json is the clinic's, not a shared export).
 *
 * @param legPain leg pain's figures, verdict, rule and the halved marker, or null
 * @param peg PEG's figures and important-change marker, or null
 * @param odi ODI's figures and important-change marker, or null
 * @param pgic the month's latest PGIC, or null
 * @param opioids the MME a day figures (none throughout when {@code recorded} is false), {@code
 *     high_dose} when the current dose is 50 MME a day or more (Dowell et al. 2022)
 * @param medications the medications.csv rows started by the end day
 */
record PanelJson(
    LegPain legPain,
    Function peg,
    Function odi,
    PgicJson pgic,
    Opioids opioids,
    List<MedicationJson> medications) {

  record LegPain(
      double baseline,
      double current,
      double change,
      double changePct,
      String status,
      String rule,
      boolean halved) {}

  record Function(
      double baseline, double current, double change, double changePct, String importantChange) {}

  record PgicJson(
      LocalDate date,
      double score,
      String words,
      boolean importantImprovement,
      String agreementWithStatus) {}

  record Opioids(
      boolean recorded,
      double mmeBaseline,
      double mmeCurrent,
      double mmeChange,
      boolean highDose,
      String baselineUnknown,
      String currentUnknown) {}

  record MedicationJson(
      String drug,
      LocalDate start,
      LocalDate end,
      BigDecimal dailyDose,
      String unit,
      String opioid,
      // Named by hand: the snake-case strategy would write "mme_aday".
      @JsonProperty("mme_a_day") BigDecimal mmeADay,
      String note) {}

  /** Returns the JSON form of a patient's panel. */
  static PanelJson of(OutcomePanel p) {
    Outcome leg = p.legPain();
    List<MedicationJson> medications = new ArrayList<>();
    for (MedicationLine line : p.medications()) {
      Medication m = line.row();
      Dose dose = line.dose();
      medications.add(
          new MedicationJson(
              m.drug(),
              m.start(),
              m.end(),
              m.dailyDose(),
              m.unit().text(),
              opioid(dose),
              dose.mme(),
              dose.why().isEmpty() ? null : dose.why()));
    }
    OpioidDose d = p.opioids();
    Pgic g = p.pgic();
    return new PanelJson(
        p.hasLegPain()
            ? new LegPain(
                leg.baseline(),
                leg.current(),
                leg.change(),
                leg.changePct(),
                p.legPainStatus().name(),
                p.legPainRule(),
                p.legPainHalved())
            : null,
        p.pegRecorded() ? function(p.peg(), p.pegChange().name()) : null,
        p.odiRecorded() ? function(p.odi(), p.odiChange().name()) : null,
        g == null
            ? null
            : new PgicJson(
                g.day(), g.score(), g.words(), g.importantImprovement(), g.agreement().name()),
        new Opioids(
            d.recorded(),
            d.mme().baseline(),
            d.mme().current(),
            d.mme().change(),
            d.high(),
            d.baselineUnknown(),
            d.currentUnknown()),
        medications);
  }

  private static Function function(Outcome o, String marker) {
    return new Function(o.baseline(), o.current(), o.change(), o.changePct(), marker);
  }

  private static String opioid(Dose dose) {
    if (dose instanceof Dose.Converted c) {
      return c.ingredient().label();
    }
    if (dose instanceof Dose.Unconverted u) {
      return u.ingredient().label();
    }
    if (dose instanceof Dose.NotCounted b) {
      return b.ingredient().label();
    }
    return null;
  }
}
