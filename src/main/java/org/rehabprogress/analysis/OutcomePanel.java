package org.rehabprogress.analysis;

import java.util.List;
import java.util.Objects;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.stats.Ratio;

/**
 * The FBSS outcome panel of one patient (SPEC 3c): leg pain with its own verdict, function (PEG and
 * ODI) with their clinically important changes, the patient's global impression of change, and the
 * opioid dose in MME a day with the medications behind it. A measure the patient never recorded (up
 * to the end day) is none throughout; NaN stands for none.
 *
 * @param legPain leg pain baseline, current, change and change % (14-day windows, 4 days each)
 * @param legPainStatus leg pain's verdict by the rule of pain; null when the patient has no leg
 *     pain entry
 * @param legPainRule the rule behind that verdict with its numbers; null with the verdict
 * @param legPainHalved change % (as shown) of -50 or less: the responder of the PROCESS trial
 *     (Kumar et al. 2007, Pain 132:179)
 * @param peg PEG baseline and current (28-day windows, one score enough)
 * @param pegChange whether the PEG change is clinically important (Krebs et al. 2009)
 * @param odi ODI baseline and current (28-day windows, one score enough)
 * @param odiChange whether the ODI change is clinically important (Ostelo et al. 2008)
 * @param pegRecorded whether the patient has a PEG entry by the end day
 * @param odiRecorded whether the patient has an ODI entry by the end day
 * @param pgic the latest PGIC of the month (days on or after start), or null when none
 * @param opioids MME a day over the baseline and current windows
 * @param medications the medications.csv rows started by the end day, with their MME
 * @param medicationEvents the starts, stops and dose changes by the end day, as timeline events
 * @param odiChangeExact the ODI change exactly (the cohort decides zeros and ties on it), or null
 */
public record OutcomePanel(
    Outcome legPain,
    Status legPainStatus,
    String legPainRule,
    boolean legPainHalved,
    Outcome peg,
    ImportantChange pegChange,
    Outcome odi,
    ImportantChange odiChange,
    boolean pegRecorded,
    boolean odiRecorded,
    Pgic pgic,
    OpioidDose opioids,
    List<MedicationLine> medications,
    List<PatientEvent> medicationEvents,
    Ratio odiChangeExact) {

  // Kumar et al. 2007 (PROCESS trial, Pain 132:179): a responder has 50 % or more leg pain relief.
  static final double HALVED_PERCENT = -50.0;

  /** Checks for nulls and copies the lists. */
  public OutcomePanel {
    Objects.requireNonNull(legPain, "legPain");
    Objects.requireNonNull(peg, "peg");
    Objects.requireNonNull(pegChange, "pegChange");
    Objects.requireNonNull(odi, "odi");
    Objects.requireNonNull(odiChange, "odiChange");
    Objects.requireNonNull(opioids, "opioids");
    medications = List.copyOf(medications);
    medicationEvents = List.copyOf(medicationEvents);
    if (Double.isNaN(odi.change()) != (odiChangeExact == null)) {
      throw new IllegalArgumentException(
          "the exact ODI change exists exactly when its double does");
    }
    if ((legPainStatus == null) != (legPainRule == null)) {
      throw new IllegalArgumentException("a leg pain verdict comes with its rule");
    }
  }

  /** Returns whether the patient has a leg pain entry by the end day. */
  public boolean hasLegPain() {
    return legPainStatus != null;
  }
}
