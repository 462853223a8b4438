package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.canonical.CanonicalFile;

/** An imported row's file and cells as canonical text. */
class RowCellsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

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
  void rendersEachRowInItsFilesColumnOrder() {
    assertEquals(
        List.of("anna", "2026-03-01", "Walk", "30", "", "start 09:00:00"),
        RowCells.cells(
            new CanonicalRow.Activity("anna", DAY, "Walk", 30.0, null, "start 09:00:00")));
    assertEquals(
        List.of("anna", "2026-03-01", "6", "", "", "12", "7.25", "5", "", "", "", ""),
        RowCells.cells(new CanonicalRow.Symptom("anna", DAY, 6.0, null, 12, 7.25, 5.0, null)));
    assertEquals(
        List.of("anna", "2026-03-01", "", "7.5", "", "", "", "", "5.3333", "42", "2", "am"),
        RowCells.cells(
            new CanonicalRow.Symptom(
                "anna", DAY, null, 7.5, null, null, null, null, 16 / 3.0, 42.0, 2, "am")));
    assertEquals(
        List.of("anna", "2026-03-01", "", "Oxycodone 5 MG Oral Tablet", "22.5", "mg"),
        RowCells.cells(
            new CanonicalRow.Medication(
                "anna", DAY, null, "Oxycodone 5 MG Oral Tablet", 22.5, "mg")));
    assertEquals(
        List.of("anna", "2026-03-01", "", "North", "1961", "F"),
        RowCells.cells(new CanonicalRow.Patient("anna", DAY, null, "North", 1961, "F")));
    assertEquals(
        List.of("anna", "2026-03-01", "physiotherapy start"),
        RowCells.cells(new CanonicalRow.Event("anna", DAY, "physiotherapy start")));
  }

  @Test
  void namesTheFileOfEachRow() {
    assertEquals(
        CanonicalFile.EVENTS, RowCells.file(new CanonicalRow.Event("anna", DAY, "injection")));
    assertEquals(
        "patient_id,treatment_start,surgery_date,site,birth_year,sex",
        String.join(",", CanonicalFile.PATIENTS.header()));
  }
}
