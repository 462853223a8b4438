package org.rehabprogress.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {

  private static final GeneratedSample SAMPLE = GeneratedSample.of(40, 120, 11);

  @Test
  void sameArgumentsGiveSameBytes() {
    GeneratedSample again = GeneratedSample.of(40, 120, 11);
    assertEquals(SAMPLE.patientsText, again.patientsText);
    assertEquals(SAMPLE.symptomsText, again.symptomsText);
    assertEquals(SAMPLE.activitiesText, again.activitiesText);
    assertEquals(SAMPLE.eventsText, again.eventsText);
  }

  @Test
  void anotherSeedGivesOtherData() {
    GeneratedSample other = GeneratedSample.of(40, 120, 12);
    assertNotEquals(SAMPLE.symptomsText, other.symptomsText);
    assertNotEquals(SAMPLE.activitiesText, other.activitiesText);
    assertNotEquals(SAMPLE.patientsText, other.patientsText);
  }

  @Test
  void writesTheCanonicalHeaders() {
    assertEquals(
        "patient_id,date,activity,duration_min,intensity,notes",
        SAMPLE.activitiesText.lines().findFirst().orElseThrow());
    assertEquals(
        "patient_id,date,pain,leg_pain,anxiety,gad7,sleep_hours,sleep_quality,peg,odi,pgic,notes",
        SAMPLE.symptomsText.lines().findFirst().orElseThrow());
    assertEquals(
        "patient_id,treatment_start,surgery_date,site,birth_year,sex",
        SAMPLE.patientsText.lines().findFirst().orElseThrow());
    assertEquals("patient_id,date,event", SAMPLE.eventsText.lines().findFirst().orElseThrow());
    assertEquals(
        "patient_id,start,end,drug,daily_dose,unit",
        SAMPLE.medicationsText.lines().findFirst().orElseThrow());
  }

  @Test
  void endsEveryLineWithLineFeedOnly() {
    for (String text :
        List.of(
            SAMPLE.patientsText,
            SAMPLE.symptomsText,
            SAMPLE.activitiesText,
            SAMPLE.eventsText,
            SAMPLE.medicationsText)) {
      assertTrue(text.endsWith("\n"));
      assertEquals(-1, text.indexOf('\r'));
    }
  }

  @Test
  void sortsRowsByPatientThenDate() {
    for (List<CSVRecord> rows : List.of(SAMPLE.symptoms, SAMPLE.activities, SAMPLE.events)) {
      String lastId = "";
      LocalDate lastDay = LocalDate.MIN;
      for (CSVRecord row : rows) {
        LocalDate day = GeneratedSample.date(row);
        if (day == null) {
          continue; // a planted bad or empty date
        }
        String id = row.get("patient_id");
        assertTrue(id.compareTo(lastId) >= 0, "patient order at line " + row.getRecordNumber());
        assertTrue(
            !id.equals(lastId) || !day.isBefore(lastDay), "date order at " + row.getRecordNumber());
        lastId = id;
        lastDay = day;
      }
    }
  }

  @Test
  void padsIdsAndWritesOnePatientRowEach() {
    assertEquals(40, SAMPLE.patients.size());
    assertEquals("P0001", SAMPLE.patients.get(0).get("patient_id"));
    assertEquals("P0040", SAMPLE.patients.get(39).get("patient_id"));
    assertEquals("P00001", new SampleConfig(10_000, 28, 1, GeneratedSample.END).patientId(0));
  }

  @Test
  void writesPlausiblePatientDetails() {
    Set<String> sites =
        SAMPLE.patients.stream().map(r -> r.get("site")).collect(Collectors.toSet());
    assertTrue(sites.size() >= 3, sites.toString());
    for (CSVRecord row : SAMPLE.patients) {
      int born = Integer.parseInt(row.get("birth_year"));
      assertTrue(born >= 1940 && born <= 2000, row.toString());
      assertTrue(Set.of("F", "M").contains(row.get("sex")), row.toString());
      LocalDate start = LocalDate.parse(row.get("treatment_start"));
      assertTrue(!start.isAfter(GeneratedSample.END), row.toString());
      if (!row.get("surgery_date").isEmpty()) {
        assertTrue(LocalDate.parse(row.get("surgery_date")).isBefore(start), row.toString());
      }
    }
  }

  @Test
  void writesAboutOneSymptomRowAndTwoActivityRowsPerPatientDay() {
    GeneratedSample sample = GeneratedSample.of(100, 180, 5);
    double patientDays = 100.0 * 180;
    double symptoms = sample.symptoms.size() / patientDays;
    double activities = sample.activities.size() / patientDays;
    assertTrue(symptoms > 0.85 && symptoms < 1.15, "symptom rows per patient-day " + symptoms);
    assertTrue(activities > 1.7 && activities < 2.3, "activity rows per patient-day " + activities);
    assertEquals(sample.symptoms.size(), sample.summary.symptomRows());
    assertEquals(sample.activities.size(), sample.summary.activityRows());
    assertEquals(sample.events.size(), sample.summary.eventRows());
  }

  @Test
  void makesEachPatientIndependentlyOfHowManyThereAre() {
    GeneratedSample fewer = GeneratedSample.of(25, 120, 11);
    SampleConfig config = SAMPLE.config;
    for (int index : new int[] {0, 7, 24}) {
      PatientText inSmall = SampleGenerator.patient(fewer.config, List.of(), index);
      PatientText inLarge = SampleGenerator.patient(config, List.of(), index);
      assertEquals(inLarge, inSmall);
    }
  }
}
