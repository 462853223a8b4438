package org.rehabprogress.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical files: names, headers, required and optional columns. */
class CanonicalFileTest {
  @Test
  void writesTheHeadersOfSpecSection1() {
    assertEquals(
        List.of(
            "patient_id",
            "date",
            "pain",
            "leg_pain",
            "anxiety",
            "gad7",
            "sleep_hours",
            "sleep_quality",
            "peg",
            "odi",
            "pgic",
            "notes"),
        CanonicalFile.SYMPTOMS.header());
    assertEquals(
        List.of("patient_id", "start", "end", "drug", "daily_dose", "unit"),
        CanonicalFile.MEDICATIONS.header());
  }

  @Test
  void requiresAndAllowsTheColumnsOfSpecSection1() {
    assertEquals(
        List.of("patient_id", "date", "activity", "duration_min"),
        CanonicalFile.ACTIVITIES.required());
    assertEquals(List.of("intensity", "notes"), CanonicalFile.ACTIVITIES.optional());
    assertEquals(List.of("patient_id", "date"), CanonicalFile.SYMPTOMS.required());
    assertEquals(
        CanonicalFile.SYMPTOMS.header().subList(2, CanonicalFile.SYMPTOMS.header().size()),
        CanonicalFile.SYMPTOMS.optional());
    assertEquals(List.of("patient_id", "date", "event"), CanonicalFile.EVENTS.header());
    assertEquals(List.of(), CanonicalFile.EVENTS.optional());
    assertEquals(List.of("end"), CanonicalFile.MEDICATIONS.optional());
  }

  @Test
  void readsAnAnonymisedCopysAgeBandButNeverWritesIt() {
    assertEquals(
        List.of("treatment_start", "surgery_date", "site", "birth_year", "sex", "age_band"),
        CanonicalFile.PATIENTS.optional());
    assertEquals(
        "patient_id,treatment_start,surgery_date,site,birth_year,sex",
        String.join(",", CanonicalFile.PATIENTS.header()));
  }
}
