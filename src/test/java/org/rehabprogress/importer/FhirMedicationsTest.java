package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.importer.ImportChecks.DEFAULTS;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;
import static org.rehabprogress.importer.ImportFixtures.path;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FHIR opioid MedicationRequests into medications.csv, and pain severity 38208-5 and the PEG into
 * symptoms.csv (issue 15), on a bundle of one patient written for these rules.
 */
class FhirMedicationsTest {

  private static final String ID = "9a000000-0000-4000-8000-000000000003";
  private static final String FILE = "Kim_Lee_9a000000.json";

  private static ImportBatch batch() throws Exception {
    return new FhirImporter().read(path("fhir-medications"), DEFAULTS);
  }

  @Test
  void writesPainPegAndEachOpioidWithItsDailyDose() throws Exception {
    assertEquals(
        List.of(
            // 38208-5, pain severity as reported, is pain.
            symptom("2023-02-01", 5.5, null, "2023-02-01T09:30:00+01:00"),
            // The three items, no score: (6 + 5 + 7) / 3 = 6.
            symptom("2023-02-01", null, 6.0, "2023-02-01T09:30:00+01:00"),
            // The score alone, as written.
            symptom("2023-03-01", null, 4.3333, "2023-03-01T09:30:00+01:00"),
            // Score 7.5 with items 8, 8, 8: the score is the questionnaire's.
            symptom("2023-04-01", null, 7.5, "2023-04-01T09:30:00+01:00"),
            // 1 tablet x 5 mg x 3 a day; no end: ongoing.
            medication("2023-02-01", null, "Oxycodone Hydrochloride 5 MG Oral Tablet", 15, "mg"),
            // 100 mg twice a day (timing code BID) over its bounds period.
            medication(
                "2023-01-01", "2023-01-14", "Tramadol Hydrochloride 50 MG Oral Tablet", 200, "mg"),
            // A patch: 0.025 mg/h is 25 mcg/h.
            medication(
                "2023-03-01", null, "72 HR Fentanyl 0.025 MG/HR Transdermal System", 25, "mcg/h"),
            // 1 tablet of 10 mg every 6 hours: 40 mg a day; 30 days' supply from April 1st.
            medication(
                "2023-04-01", "2023-04-30", "Oxycodone Hydrochloride 10 MG Oral Tablet", 40, "mg"),
            new CanonicalRow.Patient(ID, null, null, null, 1966, "male")),
        batch().rows());
  }

  @Test
  void skipsOtherDrugsAndRejectsAnOpioidWhoseDoseOrEndIsUnknown() throws Exception {
    ImportBatch batch = batch();

    assertEquals(
        Map.of(
            "Medication 313782 Acetaminophen 325 MG Oral Tablet is not an opioid",
            1L,
            "MedicationRequest entered-in-error: never taken",
            1L,
            PegScores.INCOMPLETE,
            1L),
        batch.skipped());
    assertEquals(
        List.of(
            new SourceReject(
                FILE,
                at(16),
                "status",
                "stopped",
                "status \"stopped\" says Hydrocodone Bitartrate 10 MG / Acetaminophen 325 MG Oral"
                    + " Tablet has ended, but the request gives no end date, so its days are"
                    + " unknown; add it to medications.csv by hand with its end"),
            new SourceReject(
                FILE,
                at(17),
                "dosageInstruction",
                "",
                "Morphine Sulfate 15 MG Oral Tablet: a dosage instruction with no dose quantity,"
                    + " so its daily dose is unknown; add it to medications.csv by hand with the"
                    + " dose the patient takes")),
        batch.rejects());
    // February's two other items and April's score's three items are folded into their rows.
    assertEquals(2 + 3, batch.combined());
    assertEquals(19, batch.read());
    assertReconciles(batch);
  }

  /** Returns the location of entry n: its number and the line its object opens on. */
  private static String at(int entry) throws Exception {
    List<String> lines = Files.readAllLines(path("fhir-medications").resolve(FILE));
    String url = "\"fullUrl\": \"urn:uuid:" + (entry - 1) + "\"";
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(url)) {
        return "entry " + entry + ", line " + i;
      }
    }
    throw new IllegalStateException("no entry " + entry);
  }

  private static CanonicalRow.Symptom symptom(String date, Double pain, Double peg, String notes) {
    return new CanonicalRow.Symptom(
        ID, LocalDate.parse(date), pain, null, null, null, null, null, peg, null, null, notes);
  }

  private static CanonicalRow.Medication medication(
      String start, String end, String drug, double dose, String unit) {
    return new CanonicalRow.Medication(
        ID, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), drug, dose, unit);
  }
}
