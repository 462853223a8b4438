package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientAnalysis;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.PatientInfo;

/** Patient context, unknown minutes and the stray-start hint (SPEC section 4). */
class PatientContextTest {

  private static final LocalDate END = LocalDate.parse("2026-10-31");

  private static PatientContext context(LogBuilder builder, String monthStart, String end) {
    PatientLog log = builder.build();
    PatientResult result =
        PatientAnalysis.analyse(log, LocalDate.parse(monthStart), LocalDate.parse(end));
    return PatientContext.of(log, result);
  }

  @Test
  void givesTheAgeBandAtStartAndWholeWeeksSinceSurgery() {
    PatientInfo info =
        new PatientInfo(
            "P1",
            LocalDate.parse("2026-04-25"),
            LocalDate.parse("2024-03-17"),
            " St Anne's ",
            1968,
            "F");
    ClinicalContext c = ClinicalContext.of(info, LocalDate.parse("2026-04-25"), END);
    // 2026 - 1968 = 58: 55-59. Surgery to end: 2024-03-17 .. 2026-03-17 is 730 days, then
    // 14 + 30 + 31 + 30 + 31 + 31 + 30 + 31 = 228 days to 2026-10-31: 958 days, 136 weeks (136.9)
    assertEquals(
        new ClinicalContext(
            "55-59",
            "F",
            "St Anne's",
            LocalDate.parse("2024-03-17"),
            136,
            LocalDate.parse("2026-04-25")),
        c);
    assertEquals(
        "Age 55-59 at the start of treatment (from the birth year) · sex F · site St Anne's ·"
            + " surgery 2024-03-17 (136 weeks by 2026-10-31) · treatment_start 2026-04-25.",
        ContextLine.of(c, END));
  }

  @Test
  void leavesOutWhatPatientsCsvDoesNotGive() {
    assertEquals(
        ClinicalContext.NONE, ClinicalContext.of(null, LocalDate.parse("2026-04-25"), END));
    assertEquals(
        "patients.csv gives no age, sex, site or surgery date for this patient.",
        ContextLine.of(ClinicalContext.NONE, END));
    // A surgery after end(M): the date is shown, weeks are none.
    PatientInfo later = new PatientInfo("P1", null, LocalDate.parse("2026-11-02"), "", null, null);
    ClinicalContext c = ClinicalContext.of(later, LocalDate.parse("2026-04-25"), END);
    assertNull(c.weeksSinceSurgery());
    assertNull(c.site());
    assertEquals("Surgery 2026-11-02 (after the end of the month).", ContextLine.of(c, END));
  }

  @Test
  void saysMinutesAreUnknownRatherThanZero() {
    LogBuilder swims = new LogBuilder().treatmentStart("2026-09-01").pain("2026-09-01", 5);
    for (String day : List.of("2026-09-03", "2026-09-10", "2026-09-17", "2026-09-24")) {
      swims.activity(day, "swimming", ActivityClass.LOW_IMPACT, Double.NaN);
    }
    PatientContext c = context(swims, "2026-09-01", "2026-09-30");
    assertEquals(4, c.lowImpactEntries());
    assertEquals(4, c.lowImpactWithoutMinutes());
    PatientResult r = swims.analyse("2026-09-01", "2026-09-30");
    assertEquals(0.0, r.summary().lowImpactMinPerWeek());
    assertEquals("4 entries, minutes unknown for 4", Adherence.lowImpact(r.summary(), c));
    assertEquals("4 entries, minutes unknown for 4", Adherence.lowImpactCell(r.summary(), c));
    assertEquals(
        List.of(
            LocalDate.parse("2026-09-03"),
            LocalDate.parse("2026-09-10"),
            LocalDate.parse("2026-09-17"),
            LocalDate.parse("2026-09-24")),
        c.daysWithoutMinutes());
  }

  @Test
  void givesTheKnownMinutesAsALowerBoundWhenSomeAreUnknown() {
    LogBuilder b = new LogBuilder().treatmentStart("2026-09-01").pain("2026-09-01", 5);
    for (String day : List.of("2026-09-02", "2026-09-09", "2026-09-16", "2026-09-23")) {
      b.activity(day, "walking", ActivityClass.LOW_IMPACT, 30);
    }
    b.activity("2026-09-05", "walking", ActivityClass.LOW_IMPACT, Double.NaN);
    b.activity("2026-09-06", "walking", ActivityClass.LOW_IMPACT, Double.NaN);
    b.activity("2026-09-07", "golf", ActivityClass.FLAGGED, Double.NaN);
    PatientContext c = context(b, "2026-09-01", "2026-09-30");
    PatientResult r = b.analyse("2026-09-01", "2026-09-30");
    // 4 x 30 = 120 minutes over 30 days: 120 / (30 / 7) = 28 min/week; golf is not low-impact
    assertEquals(
        "at least 28 min/week (6 entries, minutes unknown for 2)",
        Adherence.lowImpact(r.summary(), c));
    assertEquals(3, c.activitiesWithoutMinutes());
    assertEquals(
        "≥ 28 (minutes unknown for 2 of 6 entries)", Adherence.lowImpactCell(r.summary(), c));
  }

  @Test
  void pointsOutAStartFromAStrayFirstEntry() {
    // No treatment_start; the first entry 2026-01-05 lies 239 days before the next, 2026-09-01.
    LogBuilder stray = new LogBuilder().pain("2026-01-05", 7).painDays("2026-09-01", 5, 5, 5, 5);
    PatientContext c = context(stray, "2026-09-01", "2026-09-30");
    assertEquals(
        new PatientContext.StrayStart(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-09-01")),
        c.strayStart());
    String hint = ContextLine.strayHint(c.strayStart());
    assertTrue(
        hint.startsWith(
            "The start, 2026-01-05, is the patient's first entry, 239 days before the next one"
                + " (2026-09-01). If that entry is a stray one, give the day treatment began as"
                + " treatment_start in patients.csv"),
        hint);
  }

  @Test
  void givesNoStrayHintAt28DaysOrWithATreatmentStart() {
    // 2026-08-04 .. 2026-09-01 is 28 days: not more than 28
    assertNull(
        context(
                new LogBuilder().pain("2026-08-04", 7).pain("2026-09-01", 5),
                "2026-09-01",
                "2026-09-30")
            .strayStart());
    // 2026-08-03 .. 2026-09-01 is 29 days
    assertEquals(
        LocalDate.parse("2026-08-03"),
        context(
                new LogBuilder().pain("2026-08-03", 7).pain("2026-09-01", 5),
                "2026-09-01",
                "2026-09-30")
            .strayStart()
            .first());
    // the activity log's entries count as entries too
    assertNull(
        context(
                new LogBuilder()
                    .pain("2026-08-03", 7)
                    .activity("2026-08-10", "walking", ActivityClass.LOW_IMPACT, 20)
                    .pain("2026-09-01", 5),
                "2026-09-01",
                "2026-09-30")
            .strayStart());
    // a treatment_start given: the start is the clinic's, not a guess
    assertNull(
        context(
                new LogBuilder()
                    .treatmentStart("2026-01-05")
                    .pain("2026-01-05", 7)
                    .pain("2026-09-01", 5),
                "2026-09-01",
                "2026-09-30")
            .strayStart());
  }
}
