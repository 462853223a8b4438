package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalFileTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @ParameterizedTest
  @CsvSource({
    "45, 45",
    "22.183333333333334, 22.1833",
    "4.314366666475932, 4.3144",
    "0.00005, 0.0001",
    "0.00004, 0",
    "-0.0, 0",
    "1440, 1440",
    "1.0E7, 10000000",
    "1.0E-7, 0",
    "7.5, 7.5",
    "2.50000, 2.5"
  })
  void writesPlainDecimalsWithAtMostFourPlaces(double value, String text) {
    assertEquals(text, CanonicalFile.decimal(value));
  }

  @ParameterizedTest
  @CsvSource({
    "45, 45",
    "-0.0, 0",
    "0, 0",
    "7.5, 7.5",
    "2.50000, 2.5",
    "22.183333333333334, 22.183333333333334",
    "0.1, 0.1",
    "1.0E-7, 0.0000001",
    "1.0E7, 10000000",
    "-3, -3",
    "1.0E15, 1000000000000000",
    "1.0E16, 10000000000000000"
  })
  void writesExactPlainDecimals(double value, String text) {
    assertEquals(text, CanonicalFile.exact(value));
    assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(text));
  }

  @Test
  void exactRefusesNonFiniteNumbers() {
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> CanonicalFile.exact(value));
      assertEquals("not a finite number: " + value, e.getMessage());
    }
  }

  @Test
  void writesTheSameDecimalsUnderAnyDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
        Locale.setDefault(locale);
        assertEquals("1234.5", CanonicalFile.decimal(1234.5));
      }
    } finally {
      Locale.setDefault(before);
    }
  }

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
  void refusesAMedicationRowWithoutAPositiveDoseOrAKnownUnit() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CanonicalRow.Medication("anna", DAY, null, "Tramadol", 0, "mg"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CanonicalRow.Medication("anna", DAY, null, "Tramadol", 50, "tablets"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CanonicalRow.Medication("anna", DAY, DAY.minusDays(1), "Tramadol", 50, "mg"));
  }

  @Test
  void refusesNonFiniteNumbers() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CanonicalFile.decimal(Double.NaN));
    assertEquals("not a finite number: NaN", e.getMessage());
  }

  @Test
  void rendersEachRowInItsFilesColumnOrder() {
    assertEquals(
        List.of("anna", "2026-03-01", "Walk", "30", "", "start 09:00:00"),
        CanonicalFile.cells(
            new CanonicalRow.Activity("anna", DAY, "Walk", 30.0, null, "start 09:00:00")));
    assertEquals(
        List.of("anna", "2026-03-01", "6", "", "", "12", "7.25", "5", "", "", "", ""),
        CanonicalFile.cells(new CanonicalRow.Symptom("anna", DAY, 6.0, null, 12, 7.25, 5.0, null)));
    assertEquals(
        List.of("anna", "2026-03-01", "", "7.5", "", "", "", "", "5.3333", "42", "2", "am"),
        CanonicalFile.cells(
            new CanonicalRow.Symptom(
                "anna", DAY, null, 7.5, null, null, null, null, 16 / 3.0, 42.0, 2, "am")));
    assertEquals(
        List.of("anna", "2026-03-01", "", "Oxycodone 5 MG Oral Tablet", "22.5", "mg"),
        CanonicalFile.cells(
            new CanonicalRow.Medication(
                "anna", DAY, null, "Oxycodone 5 MG Oral Tablet", 22.5, "mg")));
    assertEquals(
        List.of("anna", "2026-03-01", "", "North", "1961", "F"),
        CanonicalFile.cells(new CanonicalRow.Patient("anna", DAY, null, "North", 1961, "F")));
    assertEquals(
        List.of("anna", "2026-03-01", "physiotherapy start"),
        CanonicalFile.cells(new CanonicalRow.Event("anna", DAY, "physiotherapy start")));
  }

  @Test
  void namesTheFileOfEachRow() {
    assertEquals(
        CanonicalFile.EVENTS, CanonicalFile.of(new CanonicalRow.Event("anna", DAY, "injection")));
    assertEquals(
        "patient_id,treatment_start,surgery_date,site,birth_year,sex",
        String.join(",", CanonicalFile.PATIENTS.header()));
  }
}
