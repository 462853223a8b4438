package org.rehabprogress.medication;

import java.util.Iterator;
import java.util.Set;
import org.rehabprogress.ingest.DoseUnit;
import org.rehabprogress.ingest.Medication;

/**
 * Turns a medications.csv row into morphine milligram equivalents a day with the CDC 2022 factors
 * (see {@link Ingredient}): the opioid is recognised in the drug's free text ({@link DrugNames}),
 * and the daily dose, exact as written, is multiplied exactly by its factor. Pure.
 *
 * <p>A clinician's reading of the rows the factors do not fit: fentanyl is converted only from a
 * patch's rate in mcg/h (CDC's factor is for the transdermal patch; buccal, sublingual and nasal
 * fentanyl, dosed in mg or mcg, have none), and any other opioid only from mg a day (an opioid in
 * mcg/h is a pump or an infusion, which the oral factors do not fit). Such a row, an injected or
 * infused dose, an opioid CDC 2022 gives no factor, or a row naming two opioids, is kept (it is
 * valid data) but has no MME, and a day it covers has an unknown total: a sum without it would
 * understate the patient's opioid dose. Buprenorphine is left out of MME, as CDC does.
 */
public final class Mme {

  private Mme() {}

  /** Returns what a row is in MME. */
  public static Dose of(Medication row) {
    Set<Ingredient> found = DrugNames.ingredients(row.drug());
    if (found.isEmpty()) {
      return new Dose.NotOpioid();
    }
    Iterator<Ingredient> each = found.iterator();
    Ingredient ingredient = each.next();
    if (found.size() > 1) {
      return new Dose.Unconverted(
          ingredient,
          "names two opioids ("
              + ingredient.label()
              + " and "
              + each.next().label()
              + "); write one row per opioid with its own daily dose");
    }
    if (!ingredient.counted()) {
      return new Dose.NotCounted(ingredient);
    }
    if (ingredient.factor() == null) {
      return new Dose.Unconverted(
          ingredient, ingredient.label() + " has no CDC 2022 conversion factor");
    }
    if (DrugNames.parenteral(row.drug())) {
      return new Dose.Unconverted(
          ingredient,
          "an injected or infused dose: CDC 2022's factors are for oral doses and fentanyl"
              + " patches");
    }
    if (ingredient == Ingredient.FENTANYL && row.unit() != DoseUnit.MCG_AN_HOUR) {
      return new Dose.Unconverted(
          ingredient,
          "fentanyl is converted only as a transdermal patch in mcg/h (CDC 2022 gives no factor"
              + " for buccal, sublingual or nasal fentanyl); write a patch's rate in mcg/h");
    }
    if (ingredient != Ingredient.FENTANYL && row.unit() != DoseUnit.MG_A_DAY) {
      return new Dose.Unconverted(
          ingredient,
          ingredient.label()
              + " in mcg/h is a pump or an infusion, which CDC 2022's oral factors do not fit;"
              + " only a fentanyl patch is converted from mcg/h");
    }
    // Exact: a decimal times a decimal is a decimal, with no rounding (SPEC 3).
    return new Dose.Converted(ingredient, row.dailyDose().multiply(ingredient.factor()));
  }
}
