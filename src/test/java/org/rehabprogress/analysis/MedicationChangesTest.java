package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.medication.Dose;

/**
 * Medication starts, stops and dose changes as the timeline draws them (SPEC 3c), and the rows a
 * page lists, non-opioids without MME.
 */
class MedicationChangesTest {

  private static List<String> events(PatientResult r) {
    return r.panel().medicationEvents().stream().map(e -> e.date() + " " + e.event()).toList();
  }

  @Test
  void drawsAStartAStopAndADoseChange() {
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-01")
            .painDays("2026-09-01", 5)
            .medication("2026-09-05", "2026-10-09", "Oxycodone 10 mg tablet", "40", "mg")
            .medication("2026-10-10", "2026-10-20", "oxycodone", "20", "mg")
            .medication("2026-09-15", null, "Gabapentin 300 mg capsule", "900", "mg")
            .medication("2026-10-25", null, "Fentanyl 12 mcg/h patch", "12", "mcg/h")
            .analyse("2026-10-01", "2026-10-31");
    assertEquals(
        List.of(
            "2026-09-05 oxycodone 40 mg a day started (60 MME a day)",
            "2026-09-15 Gabapentin 300 mg capsule 900 mg a day started",
            // 40 mg x 1.5 = 60 MME, 20 mg x 1.5 = 30 MME; the change is dated the new dose's day
            "2026-10-10 oxycodone \u2192 20 mg a day (from 40 mg a day; 60 \u2192 30 MME a day)",
            // the stop is dated the first day without: the last day taken was 10-20
            "2026-10-21 oxycodone stopped (last day 2026-10-20)",
            "2026-10-25 fentanyl 12 mcg/h started (28.8 MME a day)"),
        events(r));
  }

  @Test
  void drawsNothingAfterTheEnd() {
    // stopped on 10-31 (the end): the first day without is 11-01, after the end; a row starting
    // 11-02 is not listed
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-01")
            .painDays("2026-09-01", 5)
            .medication("2026-09-05", "2026-10-31", "tramadol", "100", "mg")
            .medication("2026-11-02", null, "codeine", "60", "mg")
            .analyse("2026-10-01", "2026-10-31");
    assertEquals(List.of("2026-09-05 tramadol 100 mg a day started (20 MME a day)"), events(r));
    assertEquals(1, r.panel().medications().size());
  }

  @Test
  void listsEveryRowWithWhatItIsInMme() {
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 5)
            .medication("2026-09-02", null, "paracetamol", "4000", "mg")
            .medication("2026-09-03", null, "oxycodone", "10", "mg")
            .medication("2026-09-04", null, "pethidine", "100", "mg")
            .medication("2026-09-05", null, "buprenorphine", "10", "mcg/h")
            .september();
    List<MedicationLine> lines = r.panel().medications();
    assertInstanceOf(Dose.NotOpioid.class, lines.get(0).dose());
    assertEquals("15.0", lines.get(1).dose().mme().toPlainString()); // 10 x 1.5
    assertInstanceOf(Dose.Unconverted.class, lines.get(2).dose());
    assertInstanceOf(Dose.NotCounted.class, lines.get(3).dose());
    List<PatientEvent> events = r.panel().medicationEvents();
    assertEquals("meperidine 100 mg a day started (MME unknown)", events.get(2).event());
    assertEquals("buprenorphine 10 mcg/h started (no MME)", events.get(3).event());
  }
}
