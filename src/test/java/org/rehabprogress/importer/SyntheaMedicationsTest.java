package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;
import static org.rehabprogress.importer.ImportFixtures.path;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Synthea's medications.csv, pain severity 38208-5 and PEG items (issue 15), and its UTC times
 * dated in the zone given.
 */
class SyntheaMedicationsTest {

  @Test
  void writesPatchesPainAndPegAndRejectsAnOpioidWithoutADose() throws Exception {
    // 23:30 UTC on March 1st is March 2nd, 08:30, in Tokyo.
    ImportOptions tokyo = new ImportOptions(null, Set.of()).withZone(ZoneId.of("Asia/Tokyo"));

    ImportBatch batch = new SyntheaImporter().read(path("synthea-medications"), tokyo);

    LocalDate march2 = LocalDate.parse("2022-03-02");
    String instant = "2022-03-02T08:30:00+09:00";
    assertEquals(
        List.of(
            new CanonicalRow.Symptom("ffff-6", march2, 6.5, null, null, null, null, instant),
            // (6.7 + 2.5 + 5.9) / 3 = 15.1 / 3 = 5.0333..., half up to 4 decimals.
            new CanonicalRow.Symptom(
                "ffff-6", march2, null, null, null, null, null, null, 5.0333, null, null, instant),
            // The patch's rate from its name: 0.025 mg/h = 25 mcg/h, to its STOP date.
            new CanonicalRow.Medication(
                "ffff-6",
                LocalDate.parse("2022-02-01"),
                LocalDate.parse("2022-03-03"),
                "72 HR Fentanyl 0.025 MG/HR Transdermal System",
                25,
                "mcg/h"),
            new CanonicalRow.Patient("ffff-6", null, null, null, 1958, "female")),
        batch.rows());
    assertEquals(
        List.of(
            new SourceReject(
                "medications.csv",
                "line 3",
                "DESCRIPTION",
                "Oxycodone Hydrochloride 5 MG Oral Tablet",
                "Synthea's medications.csv gives no dose or frequency, so the daily dose of"
                    + " Oxycodone Hydrochloride 5 MG Oral Tablet is unknown; import the FHIR bundles"
                    + " of the same run, whose MedicationRequests give the dosage, or add it to"
                    + " medications.csv by hand"),
            new SourceReject(
                "medications.csv",
                "line 5",
                "STOP",
                "2022-03-01T09:00:00Z",
                "STOP \"2022-03-01T09:00:00Z\" is before START")),
        batch.rejects());
    assertEquals(
        Map.of(
            "Medication 313782 Acetaminophen 325 MG Oral Tablet is not an opioid",
            1L,
            EhrRows.UNFOLLOWED_PATIENT,
            1L),
        batch.skipped());
    // The PEG's other two items folded into its row.
    assertEquals(2, batch.combined());
    assertReconciles(batch);
  }
}
