package org.rehabprogress.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.medication.Rows.row;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row's MME a day, worked out by hand from the CDC 2022 factors (Dowell et al. 2022). */
class MmeTest {

  /** Asserts an exact MME: equal as decimals, whatever the scale. */
  static void assertMme(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " != " + actual);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    // drug, daily dose, unit, ingredient, MME a day = dose x factor
    "codeine phosphate 30 mg tablet, 240, mg, CODEINE, 36", // 240 x 0.15
    "dihydrocodeine 30 mg tablet, 120, mg, DIHYDROCODEINE, 30", // 120 x 0.25
    "hydrocodone bitartrate, 20, mg, HYDROCODONE, 20", // 20 x 1
    "Hydromorphone Hydrochloride 2 MG Oral Tablet, 8, mg, HYDROMORPHONE, 40", // 8 x 5
    "methadone, 10, mg, METHADONE, 47", // 10 x 4.7
    "Morphine sulfate 30 mg modified-release tablet, 60, mg, MORPHINE, 60", // 60 x 1
    "Oxycodone hydrochloride 5 MG Oral Tablet, 20, mg, OXYCODONE, 30", // 20 x 1.5
    "oxymorphone, 10, mg, OXYMORPHONE, 30", // 10 x 3
    "tapentadol 50 mg, 200, mg, TAPENTADOL, 80", // 200 x 0.4
    "Tramadol 50 mg tablet, 200, mg, TRAMADOL, 40", // 200 x 0.2
    "fentanyl patch, 25, mcg/h, FENTANYL, 60", // 25 mcg/h x 2.4
    "72 HR Fentanyl 0.0125 MG/HR Transdermal System, 12.5, mcg/h, FENTANYL, 30", // 12.5 x 2.4
    "oxycodone, 7.5, mg, OXYCODONE, 11.25", // 7.5 x 1.5
    "codeine, 22.5, mg, CODEINE, 3.375", // 22.5 x 0.15, exactly
    "methadone, 2.5, mg, METHADONE, 11.75", // 2.5 x 4.7
    "tramadol, 0.5, mg, TRAMADOL, 0.1" // 0.5 x 0.2
  })
  void convertsEachOpioidWithItsFactor(
      String drug, String dose, String unit, Ingredient ingredient, String mme) {
    Dose d = Mme.of(row(drug, dose, unit));
    assertEquals(Dose.Converted.class, d.getClass(), d.why());
    assertEquals(ingredient, ((Dose.Converted) d).ingredient());
    assertMme(mme, d.mme());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG Oral Tablet [Percocet]| OXYCODONE",
        "Percocet 5/325| OXYCODONE",
        "OxyContin 20mg| OXYCODONE",
        "Oxycodone/naloxone 10/5 mg| OXYCODONE",
        "MS Contin 30 mg| MORPHINE",
        "ms-contin| MORPHINE",
        "Hydrocodone Bitartrate 10 MG / Acetaminophen 325 MG Oral Tablet| HYDROCODONE",
        "Norco| HYDROCODONE",
        "Vicodin ES| HYDROCODONE",
        "Dilaudid| HYDROMORPHONE",
        "Ultram 50| TRAMADOL",
        "tramadol hydrochloride 50 MG Oral Capsule| TRAMADOL",
        "Nucynta ER| TAPENTADOL",
        "Duragesic 25| FENTANYL",
        "co-codamol 30/500| CODEINE",
        "Co-dydramol 10/500| DIHYDROCODEINE",
        "Tylenol with Codeine #3| CODEINE",
        "DIHYDROCODEINE| DIHYDROCODEINE",
        "hydromorphone| HYDROMORPHONE",
        "Dolophine| METHADONE",
        "Opana ER| OXYMORPHONE"
      })
  void recognisesTheOpioidInFreeText(String drug, Ingredient ingredient) {
    assertEquals(java.util.Set.of(ingredient), DrugNames.ingredients(drug));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "paracetamol 1 g",
    "Ibuprofen 100 MG Oral Tablet",
    "gabapentin",
    "Pregabalin 75 mg",
    "amitriptyline",
    "duloxetine",
    "naloxone nasal spray",
    "naltrexone",
    "Acetaminophen 325 MG Oral Tablet [Tylenol]",
    "Vitamin D"
  })
  void listsOtherDrugsWithoutMme(String drug) {
    Dose d = Mme.of(row(drug, "100", "mg"));
    assertEquals(new Dose.NotOpioid(), d);
    assertEquals(null, d.mme());
    assertEquals("not an opioid rehab recognises", d.why());
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Fentanyl 0.2 MG Buccal Tablet| 0.4| mg| FENTANYL| fentanyl is converted only as a transdermal patch in mcg/h (CDC 2022 gives no factor for buccal, sublingual or nasal fentanyl); write a patch's rate in mcg/h",
        "fentanyl patch| 0.6| mg| FENTANYL| fentanyl is converted only as a transdermal patch in mcg/h (CDC 2022 gives no factor for buccal, sublingual or nasal fentanyl); write a patch's rate in mcg/h",
        "morphine| 10| mcg/h| MORPHINE| morphine in mcg/h is a pump or an infusion, which CDC 2022's oral factors do not fit; only a fentanyl patch is converted from mcg/h",
        "Morphine Sulfate 10 MG/ML Injectable Solution| 20| mg| MORPHINE| an injected or infused dose: CDC 2022's factors are for oral doses and fentanyl patches",
        "intrathecal morphine pump| 2| mg| MORPHINE| an injected or infused dose: CDC 2022's factors are for oral doses and fentanyl patches",
        "pethidine 50 mg| 200| mg| MEPERIDINE| meperidine has no CDC 2022 conversion factor",
        "Demerol| 100| mg| MEPERIDINE| meperidine has no CDC 2022 conversion factor",
        "codeine and tramadol| 60| mg| CODEINE| names two opioids (codeine and tramadol); write one row per opioid with its own daily dose"
      })
  void keepsAnOpioidItCannotConvertWithoutMmeAndSaysWhy(
      String drug, String dose, String unit, Ingredient ingredient, String why) {
    assertEquals(new Dose.Unconverted(ingredient, why), Mme.of(row(drug, dose, unit)));
  }

  @Test
  void leavesBuprenorphineOutOfMme() {
    Dose patch = Mme.of(row("Butrans 10 mcg/h patch", "10", "mcg/h"));
    assertEquals(new Dose.NotCounted(Ingredient.BUPRENORPHINE), patch);
    assertEquals(null, patch.mme());
    assertEquals(
        "buprenorphine is a partial agonist that CDC leaves out of MME (no conversion factor)",
        patch.why());
    assertEquals(
        new Dose.NotCounted(Ingredient.BUPRENORPHINE),
        Mme.of(row("Buprenorphine 8 MG / Naloxone 2 MG Sublingual Film", "16", "mg")));
  }

  @Test
  void theFactorsAreThoseOfCdc2022() {
    // Dowell et al. 2022, MMWR Recomm Rep 71(3), as SPEC section 1 lists them.
    assertEquals(
        "codeine 0.15, dihydrocodeine 0.25, fentanyl 2.4, hydrocodone 1, hydromorphone 5,"
            + " methadone 4.7, morphine 1, oxycodone 1.5, oxymorphone 3, tapentadol 0.4,"
            + " tramadol 0.2",
        String.join(
            ", ",
            java.util.Arrays.stream(Ingredient.values())
                .filter(i -> i.factor() != null)
                .map(i -> i.label() + " " + i.factor().toPlainString())
                .toList()));
  }
}
