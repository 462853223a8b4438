package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.importer.ImportChecks.DEFAULTS;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;
import static org.rehabprogress.importer.ImportChecks.realData;
import static org.rehabprogress.importer.ImportChecks.rows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The importers over real exports in {@code ../shared/realdata/}; each test is skipped, naming the
 * path, when the export is absent. Expected counts were established independently with Python's csv
 * and json modules over the same files; the method is written beside each assertion.
 */
class RealExportsTest {

  @Test
  void importsEveryGarminActivity() throws Exception {
    ImportBatch batch =
        new GarminImporter()
            .read(realData("garmin/activities.csv"), new ImportOptions("gc", Set.of()));

    List<CanonicalRow.Activity> activities = rows(batch, CanonicalRow.Activity.class);
    // len(list(csv.reader(f))) - 1: 160 data rows.
    assertEquals(160, batch.read());
    assertEquals(160, activities.size());
    assertEquals(List.of(), batch.rejects());
    // collections.Counter(row[0] for row in rows[1:]).
    assertEquals(
        new TreeMap<>(
            Map.of(
                "Running", 56L,
                "Pool Swimming", 40L,
                "Hiking", 14L,
                "Mountain Biking", 11L,
                "Indoor Cycling", 10L,
                "Treadmill Running", 7L,
                "Resort Skiing/Snowboarding", 7L,
                "Road Cycling", 6L,
                "Cardio", 6L,
                "Cycling", 3L)),
        new TreeMap<>(
            activities.stream()
                .collect(
                    Collectors.groupingBy(
                        CanonicalRow.Activity::activity, Collectors.counting()))));
    // sum(round(h * 60 + m + s / 60, 2)) over the Time column: 9255.99 minutes.
    double minutes =
        activities.stream().map(CanonicalRow.Activity::durationMin).mapToDouble(d -> d).sum();
    assertEquals(9255.99, minutes, 0.005);
    // min and max of the Date column's first ten characters.
    assertEquals(
        LocalDate.parse("2021-11-25"),
        activities.stream().map(CanonicalRow.Activity::date).min(LocalDate::compareTo).get());
    assertEquals(
        LocalDate.parse("2022-12-21"),
        activities.stream().map(CanonicalRow.Activity::date).max(LocalDate::compareTo).get());
    assertReconciles(batch);
  }

  @Test
  void importsSyntheaPainGad7AndBackPainOnsets() throws Exception {
    ImportBatch batch =
        new SyntheaImporter().read(realData("synthea/observations.csv").getParent(), DEFAULTS);

    List<CanonicalRow.Symptom> symptoms = rows(batch, CanonicalRow.Symptom.class);
    List<CanonicalRow.Patient> patients = rows(batch, CanonicalRow.Patient.class);
    // Rows of csv.DictReader: 21697 observations + 1534 conditions + 59 patients.
    assertEquals(21697 + 1534 + 59, batch.read());
    assertEquals(List.of(), batch.rejects());
    // Count of CODE in ("72514-3", "38208-5"): 621 + 60 = 681, and the sum of their VALUE
    // (decimal.Decimal): 1749.4.
    List<Double> pain =
        symptoms.stream().map(CanonicalRow.Symptom::pain).filter(Objects::nonNull).toList();
    assertEquals(681, pain.size());
    assertEquals(1749.4, pain.stream().mapToDouble(d -> d).sum(), 1e-9);
    // PEG: the three items of one PATIENT and DATE make a questionnaire; 22 of them, all complete,
    // no score 91148-7; the sum of their means, each rounded half up to 4 decimals: 129.4998.
    List<Double> peg =
        symptoms.stream().map(CanonicalRow.Symptom::peg).filter(Objects::nonNull).toList();
    assertEquals(22, peg.size());
    assertEquals(129.4998, peg.stream().mapToDouble(d -> d).sum(), 1e-9);
    // Count of CODE == "70274-6" (212) and sum of their VALUE (748).
    List<Integer> gad7 =
        symptoms.stream().map(CanonicalRow.Symptom::gad7).filter(Objects::nonNull).toList();
    assertEquals(212, gad7.size());
    assertEquals(748, gad7.stream().mapToInt(Integer::intValue).sum());
    // No CODE == "93832-4" in this output.
    assertEquals(0, symptoms.stream().filter(s -> s.sleepHours() != null).count());
    // Every one of the 59 patients has a pain observation; 10 distinct PATIENTs have CODE
    // 278860009 in conditions.csv, earliest START 2014-01-30.
    assertEquals(59, patients.size());
    List<LocalDate> starts =
        patients.stream()
            .map(CanonicalRow.Patient::treatmentStart)
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    assertEquals(10, starts.size());
    assertEquals(LocalDate.parse("2014-01-30"), starts.get(0));
    // 10 back-pain conditions, one per patient, folded into the patient rows; 2 of each PEG
    // questionnaire's 3 items folded into its row.
    assertEquals(10 + 2 * 22, batch.combined());
    // Distinct (CODE, DESCRIPTION) pairs: 164 other observations, 121 other conditions.
    assertEquals(164 + 121, batch.skipped().size());
    assertReconciles(batch);
  }

  @Test
  void importsSyntheaFhirBundles() throws Exception {
    ImportBatch batch = new FhirImporter().read(realData("synthea/fhir"), DEFAULTS);

    List<CanonicalRow.Symptom> symptoms = rows(batch, CanonicalRow.Symptom.class);
    List<CanonicalRow.Patient> patients = rows(batch, CanonicalRow.Patient.class);
    // sum(len(bundle["entry"])) over the six bundles: 1370 entries.
    assertEquals(1370, batch.read());
    assertEquals(List.of(), batch.rejects());
    // Observations whose code.coding holds 72514-3: 59; 70274-6: 6.
    assertEquals(59, symptoms.stream().filter(s -> s.pain() != null).count());
    assertEquals(6, symptoms.stream().filter(s -> s.gad7() != null).count());
    // One Patient per bundle, each with pain; no Condition holds 278860009.
    assertEquals(6, patients.size());
    assertEquals(0, patients.stream().filter(p -> p.treatmentStart() != null).count());
    assertEquals(0, batch.combined());
    assertReconciles(batch);
  }
}
