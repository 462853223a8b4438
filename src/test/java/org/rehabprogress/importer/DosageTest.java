package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The daily dose of an opioid request, from its dosage instructions (FHIR R4 Dosage). */
class DosageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 1 tablet x 5 mg x 3 a day = 15 mg.
        "Oxycodone Hydrochloride 5 MG Oral Tablet|"
            + "[{'doseAndRate':[{'doseQuantity':{'value':1}}],'timing':{'repeat':{'frequency':3,"
            + "'period':1,'periodUnit':'d'}}}]|15|mg",
        // 50 mg, timing code QID: 4 a day = 200 mg.
        "Tramadol 50 mg tablet|"
            + "[{'doseAndRate':[{'doseQuantity':{'value':50,'code':'mg'}}],'timing':{'code':"
            + "{'coding':[{'code':'QID'}]}}}]|200|mg",
        // 2 tablets of 7.5 mg every 6 hours: 2 x 7.5 x 4 = 60 mg.
        "Hydrocodone Bitartrate 7.5 MG / Acetaminophen 325 MG Oral Tablet|"
            + "[{'doseAndRate':[{'doseQuantity':{'value':2,'unit':'tablet'}}],'timing':{'repeat':"
            + "{'frequency':1,'period':6,'periodUnit':'h'}}}]|60|mg",
        // As needed, at most 4 a day (frequencyMax): 4 x 10 mg = 40 mg.
        "Oxycodone 10 mg|"
            + "[{'asNeededBoolean':true,'doseAndRate':[{'doseQuantity':{'value':10,'code':'mg'}}],"
            + "'timing':{'repeat':{'frequency':1,'frequencyMax':4,'period':1,'periodUnit':'d'}}}]"
            + "|40|mg",
        // 500 micrograms twice a day = 1 mg.
        "Hydromorphone 500 mcg|"
            + "[{'doseAndRate':[{'doseQuantity':{'value':500,'code':'ug'}}],'timing':{'code':"
            + "{'coding':[{'code':'BID'}]}}}]|1|mg",
        // 5 mL of 1 mg/mL, 3 a day = 15 mg.
        "Morphine Sulfate 1 MG/ML Oral Solution|"
            + "[{'doseAndRate':[{'doseQuantity':{'value':5,'code':'mL'}}],'timing':{'repeat':"
            + "{'frequency':3,'period':1,'periodUnit':'d'}}}]|15|mg",
        // A morning and an evening dose of one sequence: 20 + 10 = 30 mg; the later sequence,
        // a taper that follows, is left out.
        "Oxycodone 10 mg tablet|"
            + "[{'sequence':1,'doseAndRate':[{'doseQuantity':{'value':2}}],'timing':{'repeat':"
            + "{'frequency':1,'period':1,'periodUnit':'d'}}},{'sequence':1,'doseAndRate':"
            + "[{'doseQuantity':{'value':1}}],'timing':{'repeat':{'frequency':1,'period':1,"
            + "'periodUnit':'d'}}},{'sequence':2,'doseAndRate':[{'doseQuantity':{'value':1}}],"
            + "'timing':{'repeat':{'frequency':1,'period':1,'periodUnit':'d'}}}]|30|mg",
        // Once a week, 70 mg: 10 mg a day.
        "Morphine 70 mg|"
            + "[{'doseAndRate':[{'doseQuantity':{'value':70,'code':'mg'}}],'timing':{'repeat':"
            + "{'frequency':1,'period':1,'periodUnit':'wk'}}}]|10|mg",
        // A patch: its rate from the name, 0.05 mg/h = 50 mcg/h, whatever the dosage says.
        "Fentanyl 0.05 MG/HR Transdermal System|[]|50|mcg/h",
        "Fentanyl 12 mcg/hr patch|[]|12|mcg/h"
      })
  void worksOutTheDailyDose(String drug, String instructions, double dose, String unit)
      throws Exception {
    Dosage.Daily daily = daily(drug, instructions);

    assertNull(daily.problem(), daily.problem());
    assertEquals(dose, daily.dose(), 1e-12);
    assertEquals(unit, daily.unit());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Morphine Sulfate 15 MG Oral Tablet|[{'text':'Take as needed.','asNeededBoolean':true}]|"
            + "a dosage instruction with no dose quantity",
        "Oxycodone 5 mg|[{'doseAndRate':[{'doseQuantity':{'value':1}}]}]|"
            + "a dosage instruction with no frequency",
        "Oxycodone 5 mg|[]|no dosage instruction",
        "OxyContin|[{'doseAndRate':[{'doseQuantity':{'value':1}}],'timing':{'code':{'coding':"
            + "[{'code':'BID'}]}}}]|a dose counted in units whose strength its name does not give",
        "Oxycodone 5 mg|[{'doseAndRate':[{'doseQuantity':{'value':1,'code':'puff'}}],'timing':"
            + "{'code':{'coding':[{'code':'BID'}]}}}]|a dose in \"puff\", not mg or a count of units",
        "Fentanyl Transdermal Patch|[]|a patch whose rate in mcg/h its name does not give"
      })
  void saysWhyADoseIsUnknown(String drug, String instructions, String problem) throws Exception {
    assertEquals(problem, daily(drug, instructions).problem());
  }

  private static Dosage.Daily daily(String drug, String instructions) throws Exception {
    JsonNode node = JSON.readTree(instructions.replace('\'', '"'));
    String ingredient = Opioids.ingredient(drug);
    return Dosage.of(drug, ingredient, node);
  }
}
