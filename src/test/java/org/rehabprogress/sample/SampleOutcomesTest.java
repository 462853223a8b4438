package org.rehabprogress.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The sample's FBSS outcome measures (SPEC 3c): leg pain for a realistic share of patients, some
 * leg-dominant; weekly or fortnightly PEG and ODI; a PGIC about monthly; and medications.csv with
 * opioids (some tapered), patches and drugs that are not opioids, for some patients only.
 */
class SampleOutcomesTest {

  private static final GeneratedSample SAMPLE = GeneratedSample.of(200, 180, 3);

  private static Map<String, List<Double>> byPatient(String column) {
    Map<String, List<Double>> values = new TreeMap<>();
    for (CSVRecord row : SAMPLE.symptoms) {
      if (!row.get(column).isEmpty()) {
        values
            .computeIfAbsent(row.get("patient_id"), k -> new ArrayList<>())
            .add(Double.parseDouble(row.get(column)));
      }
    }
    return values;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  @Test
  void ratesLegPainForMostPatientsSomeLegDominant() {
    Map<String, List<Double>> leg = byPatient("leg_pain");
    Map<String, List<Double>> pain = byPatient("pain");
    double share = leg.size() / 200.0;
    assertTrue(share > 0.45 && share < 0.75, "share of patients rating leg pain " + share);
    long dominant =
        leg.keySet().stream().filter(id -> mean(leg.get(id)) > mean(pain.get(id)) + 0.5).count();
    assertTrue(dominant >= 0.2 * leg.size(), "leg-dominant patients " + dominant);
    assertTrue(
        SAMPLE.symptoms.stream()
            .map(r -> r.get("leg_pain"))
            .filter(v -> !v.isEmpty())
            .allMatch(v -> v.matches("\\d{1,2}(\\.5)?") && Double.parseDouble(v) <= 10));
  }

  @Test
  void writesPegInThirdsAndOdiInEvenPercents() {
    for (CSVRecord row : SAMPLE.symptoms) {
      String peg = row.get("peg");
      String odi = row.get("odi");
      assertTrue(peg.isEmpty() || peg.matches("(10|\\d)(\\.33|\\.67)?"), peg);
      assertTrue(odi.isEmpty() || odi.matches("\\d{1,3}") && Integer.parseInt(odi) % 2 == 0, odi);
      assertTrue(odi.isEmpty() || Integer.parseInt(odi) <= 100, odi);
    }
  }

  @Test
  void asksQuestionnairesWeeklyOrFortnightlyAndThePgicAboutMonthly() {
    Map<String, Integer> shortestPeg = shortestGap("peg");
    Map<String, Integer> shortestPgic = shortestGap("pgic");
    assertTrue(shortestPeg.values().stream().allMatch(g -> g >= 7), "PEG at most weekly");
    assertTrue(shortestPgic.values().stream().allMatch(g -> g >= 28), "PGIC at most monthly");
    double pegShare = byPatient("peg").size() / 200.0;
    double odiShare = byPatient("odi").size() / 200.0;
    double pgicShare = byPatient("pgic").size() / 200.0;
    assertTrue(pegShare > 0.3 && pegShare < 0.6, "PEG " + pegShare);
    assertTrue(odiShare > 0.35 && odiShare < 0.65, "ODI " + odiShare);
    assertTrue(pgicShare > 0.3 && pgicShare < 0.6, "PGIC " + pgicShare);
    assertTrue(
        byPatient("pgic").values().stream()
            .flatMap(List::stream)
            .allMatch(v -> v >= 1 && v <= 7 && v == Math.rint(v)));
  }

  private static Map<String, Integer> shortestGap(String column) {
    Map<String, LocalDate> last = new HashMap<>();
    Map<String, Integer> shortest = new HashMap<>();
    for (CSVRecord row : SAMPLE.symptoms) {
      if (row.get(column).isEmpty() || !row.get("date").matches("\\d{4}-\\d{2}-\\d{2}")) {
        continue;
      }
      String id = row.get("patient_id");
      LocalDate day;
      try {
        day = LocalDate.parse(row.get("date"));
      } catch (java.time.format.DateTimeParseException planted) {
        continue; // a planted impossible date
      }
      LocalDate before = last.put(id, day);
      if (before != null && !before.equals(day)) {
        int gap = (int) ChronoUnit.DAYS.between(before, day);
        shortest.merge(id, gap, Math::min);
      }
    }
    return shortest;
  }

  @Test
  void writesMedicationsForSomePatientsOpioidsTaperedAndOthersWithoutMme() {
    List<CSVRecord> rows = SAMPLE.medications;
    Set<String> patients = rows.stream().map(r -> r.get("patient_id")).collect(Collectors.toSet());
    double share = patients.size() / 200.0;
    assertTrue(share > 0.4 && share < 0.7, "patients with medication rows " + share);
    int tapers = 0;
    for (int i = 1; i < rows.size(); i++) {
      CSVRecord a = rows.get(i - 1);
      CSVRecord b = rows.get(i);
      assertTrue(Double.parseDouble(b.get("daily_dose")) > 0);
      assertTrue(Set.of("mg", "mcg/h").contains(b.get("unit")));
      if (!b.get("end").isEmpty()) {
        assertTrue(!LocalDate.parse(b.get("end")).isBefore(LocalDate.parse(b.get("start"))));
      }
      // A taper step: a row of the same drug ending the day before the next one starts, lower.
      if (a.get("patient_id").equals(b.get("patient_id"))
          && a.get("drug").equals(b.get("drug"))
          && !a.get("end").isEmpty()
          && LocalDate.parse(a.get("end")).plusDays(1).equals(LocalDate.parse(b.get("start")))) {
        assertTrue(
            Double.parseDouble(b.get("daily_dose")) < Double.parseDouble(a.get("daily_dose")));
        tapers++;
      }
    }
    assertTrue(tapers >= 5, "taper steps " + tapers);
    assertTrue(rows.stream().anyMatch(r -> r.get("unit").equals("mcg/h")), "a patch");
    assertTrue(rows.stream().anyMatch(r -> r.get("drug").startsWith("Gabapentin")), "others");
  }

  @Test
  void sameArgumentsGiveTheSameMedications() {
    assertEquals(SAMPLE.medicationsText, GeneratedSample.of(200, 180, 3).medicationsText);
  }
}
