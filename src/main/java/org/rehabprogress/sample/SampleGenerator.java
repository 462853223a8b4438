package org.rehabprogress.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic synthetic clinic data in the canonical CSV format (SPEC section 1): patients who
 * improve, stay unchanged, worsen, log sparsely, start late, are lost to follow-up, or keep
 * persistent pain; a visible next-day effect of flagged activities; and a few planted faults
 * ({@link Fault}). The same configuration always gives the same bytes.
 */
public final class SampleGenerator {

  /** The header of activities.csv. */
  public static final String ACTIVITIES_HEADER =
      "patient_id,date,activity,duration_min,intensity,notes";

  /** The header of symptoms.csv. */
  public static final String SYMPTOMS_HEADER =
      "patient_id,date,pain,leg_pain,anxiety,gad7,sleep_hours,sleep_quality,peg,odi,pgic,notes";

  /** The header of patients.csv. */
  public static final String PATIENTS_HEADER =
      "patient_id,treatment_start,surgery_date,site,birth_year,sex";

  /** The header of events.csv. */
  public static final String EVENTS_HEADER = "patient_id,date,event";

  /** The header of medications.csv. */
  public static final String MEDICATIONS_HEADER = "patient_id,start,end,drug,daily_dose,unit";

  private SampleGenerator() {}

  /**
   * Writes the five canonical files, UTF-8 text with LF line ends, rows in patient id order. The
   * caller opens and closes the writers; they are not flushed.
   *
   * @return what was written
   * @throws IOException when a writer fails
   */
  public static SampleSummary write(
      SampleConfig config,
      Writer patients,
      Writer symptoms,
      Writer activities,
      Writer events,
      Writer medications)
      throws IOException {
    FaultPlan plan = FaultPlan.of(config);
    patients.write(PATIENTS_HEADER + "\n");
    symptoms.write(SYMPTOMS_HEADER + "\n");
    activities.write(ACTIVITIES_HEADER + "\n");
    events.write(EVENTS_HEADER + "\n");
    medications.write(MEDICATIONS_HEADER + "\n");
    long symptomRows = 0;
    long activityRows = 0;
    long eventRows = 0;
    long medicationRows = 0;
    List<Archetype> archetypes = new ArrayList<>(config.patients());
    List<PlantedFault> faults = new ArrayList<>();
    for (int index = 0; index < config.patients(); index++) {
      PatientText text = patient(config, plan.forPatient(index), index);
      patients.write(text.patients());
      symptoms.write(text.symptoms());
      activities.write(text.activities());
      events.write(text.events());
      medications.write(text.medications());
      symptomRows += text.symptomRows();
      activityRows += text.activityRows();
      eventRows += text.eventRows();
      medicationRows += text.medicationRows();
      archetypes.add(text.archetype());
      faults.addAll(text.faults());
    }
    return new SampleSummary(
        config.patients(),
        symptomRows,
        activityRows,
        eventRows,
        medicationRows,
        archetypes,
        faults);
  }

  /**
   * Returns one patient's rows: a pure function of the configuration, the patient's index and the
   * faults planned for the patient, independent of every other patient.
   *
   * @param config the configuration; only its seed, days, end and the id width matter here
   * @param faults the faults to plant in this patient's rows
   * @param index the zero-based patient index
   */
  public static PatientText patient(SampleConfig config, List<PlantedFault> faults, int index) {
    SplittableRandom random = Seeds.stream(config.seed(), index, Seeds.PATIENT);
    PatientPlan plan = Planner.plan(config, index, random);
    PatientRows rows =
        PatientSimulator.simulate(
            plan,
            random,
            Seeds.stream(config.seed(), index, Seeds.OUTCOME_DAYS),
            Seeds.stream(config.seed(), index, Seeds.MEDICATIONS));
    // Faults draw from their own stream, so that a patient's valid rows do not depend on them.
    SplittableRandom faultRandom = Seeds.stream(config.seed(), index, Seeds.FAULT_ROWS);
    List<PlantedFault> planted = FaultInjector.plant(plan, rows, faults, faultRandom);
    return RowText.format(plan, rows, planted);
  }

  /** Returns the faults planned for patient {@code index} under a configuration. */
  public static List<PlantedFault> plannedFaults(SampleConfig config, int index) {
    return FaultPlan.of(config).forPatient(index);
  }
}
