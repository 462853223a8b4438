package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.analysis.Status;

/** Who is in the cohort, each patient's end and month, ITT, and activities grouped by catalog. */
class CohortAnalysisTest {

  private static final CohortParameters WHOLE = CohortParameters.wholeLog();

  @TempDir Path dir;

  private static CohortParameters bounds(String from, String to) {
    return new CohortParameters(
        from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), 11);
  }

  private static CohortPatient only(CohortResult result) {
    assertEquals(1, result.patients().size());
    return result.patients().get(0);
  }

  @Test
  void theEndIsTheLastLoggedDayAndTheMonthItsCalendarMonth() {
    CohortResult result =
        new Folder(dir)
            .painDays("P1", "2026-01-01", 69, 6) // to 2026-03-10
            .activity("P1", "2026-03-12", "Walking")
            .cohort(WHOLE);
    CohortPatient p = only(result);
    assertEquals(LocalDate.parse("2026-01-01"), p.start());
    assertEquals(LocalDate.parse("2026-03-12"), p.end());
    // Days of M: 2026-03-01 .. 03-12, 10 of them with a symptom entry.
    assertEquals(10, p.summary().daysLogged());
    assertEquals(100.0 * 10 / 12, p.summary().completenessPct(), 1e-12);
    assertEquals(10, p.summary().weeksInTreatment()); // 70 days
  }

  @Test
  void toEndsEachPatientAtTheLastLoggedDayOnOrBeforeIt() {
    CohortResult result =
        new Folder(dir).painDays("P1", "2026-01-01", 69, 6).cohort(bounds(null, "2026-02-20"));
    CohortPatient p = only(result);
    assertEquals(LocalDate.parse("2026-02-20"), p.end());
    assertEquals(20, p.summary().daysLogged());
    assertEquals(8, p.weeklyPain().length, "51 days: weeks 0 to 7, the last one partial");
  }

  @Test
  void fromLeavesOutPatientsStartingBeforeIt() {
    CohortResult result =
        new Folder(dir)
            .painDays("early", "2026-01-01", 40, 6)
            .painDays("late", "2026-01-10", 40, 6)
            .cohort(bounds("2026-01-10", null));
    assertEquals("late", only(result).patientId());
    assertEquals(
        List.of(new Excluded("early", Excluded.Reason.STARTS_BEFORE_FROM)), result.excluded());
    assertEquals(1, result.figures().patients(), "the excluded patient is in no denominator");
  }

  @Test
  void toLeavesOutPatientsStartingAfterIt() {
    CohortResult result =
        new Folder(dir)
            .painDays("early", "2026-01-01", 40, 6)
            .painDays("late", "2026-03-01", 40, 6)
            .cohort(bounds(null, "2026-02-01"));
    assertEquals("early", only(result).patientId());
    assertEquals(List.of(new Excluded("late", Excluded.Reason.STARTS_AFTER_TO)), result.excluded());
  }

  @Test
  void anEnrolledPatientWithoutEntriesIsANonResponderUnderItt() {
    Folder folder = new Folder(dir).patient("quiet", "2026-01-05", "Riverside");
    for (int i = 0; i < 3; i++) {
      // 14 days at 8, then 14 days at 4: a 4-point improvement.
      folder.painDays("P" + i, "2026-01-01", 14, 8).painDays("P" + i, "2026-01-15", 14, 4);
    }
    CohortResult result = folder.cohort(WHOLE);
    assertEquals(3, result.patients().size());
    assertEquals(Status.IMPROVED, result.patients().get(0).summary().status());
    assertEquals(
        List.of(new NotAnalysed("quiet", NotAnalysed.Reason.NO_ENTRIES)), result.notAnalysed());
    assertEquals(4, result.figures().patients());
    assertEquals(3, result.figures().responders().n());
    assertEquals(3, result.figures().responders().k());
    assertEquals(4, result.figures().respondersItt().n());
    assertEquals(3, result.figures().respondersItt().k());
  }

  @Test
  void aTreatmentStartAfterTheLastEntryIsNotAnalysedButCounted() {
    CohortResult result =
        new Folder(dir)
            .patient("P1", "2026-03-01", "")
            .painDays("P1", "2026-01-01", 20, 6)
            .cohort(WHOLE);
    assertEquals(
        List.of(new NotAnalysed("P1", NotAnalysed.Reason.STARTS_AFTER_LAST_ENTRY)),
        result.notAnalysed());
    assertEquals(1, result.figures().respondersItt().n());
    assertEquals(0, result.figures().responders().n());
  }

  @Test
  void aPatientWithNoEntryBeforeToIsNotAnalysedWhenEnrolledByThen() {
    CohortResult result =
        new Folder(dir)
            .patient("P1", "2026-01-01", "")
            .painDays("P1", "2026-02-10", 20, 6)
            .cohort(bounds(null, "2026-02-01"));
    assertEquals(
        List.of(new NotAnalysed("P1", NotAnalysed.Reason.NO_ENTRIES)), result.notAnalysed());
  }

  @Test
  void anUnknownStartIsLeftOutOnlyWhenTheCohortHasDates() {
    Folder folder = new Folder(dir).patient("ghost", "", "").painDays("P1", "2026-01-01", 30, 5);
    assertEquals(
        List.of(new NotAnalysed("ghost", NotAnalysed.Reason.NO_ENTRIES)),
        folder.cohort(WHOLE).notAnalysed());
    assertEquals(
        List.of(new Excluded("ghost", Excluded.Reason.UNKNOWN_START)),
        folder.cohort(bounds("2025-12-01", null)).excluded());
  }

  @Test
  void activitiesAreComparedByCatalogNameAcrossSpellings() {
    // Pain 5 every day except 7, 8 and 9 the days after walking (Jan 2, 4 and 6), each spelled
    // differently: one activity with 3 days, 8 points after against 5 after REST days.
    Folder folder =
        new Folder(dir)
            .pain("P1", "2026-01-01", 5, 5, 7, 5, 8, 5, 9)
            .painDays("P1", "2026-01-08", 23, 5)
            .activity("P1", "2026-01-02", "Walk")
            .activity("P1", "2026-01-04", "walking")
            .activity("P1", "2026-01-06", "HKWorkoutActivityTypeWalking")
            .activity("P1", "2026-01-10", "Bog snorkelling")
            .activity("P2", "2026-01-10", "bog  snorkelling")
            .painDays("P2", "2026-01-01", 20, 5);
    CohortResult result = folder.cohort(WHOLE);
    CohortPatient p1 = result.patients().get(0);
    assertEquals(1, p1.activityGroups().length);
    assertArrayEquals(new double[] {3}, p1.differencesVsRest(), 1e-12);
    ActivityEffect walking = result.figures().activities().get(0);
    assertEquals("Walking", walking.activity());
    assertEquals(1, walking.patients());
    assertEquals(Map.of("Bog snorkelling", 2), result.unclassified());
  }

  @Test
  void theWeeklyPainStartsAtTheStart() {
    CohortResult result =
        new Folder(dir)
            .patient("P1", "2026-01-03", "")
            .pain("P1", "2026-01-01", 9, 9, 1, 2, 3, 4, 5, 6, 7, 8)
            .cohort(WHOLE);
    assertArrayEquals(new double[] {4, 8}, only(result).weeklyPain(), 1e-12);
  }

  @Test
  void rejectsFromAfterTo() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> bounds("2026-02-01", "2026-01-01"));
    assertEquals("--from 2026-02-01 is after --to 2026-01-01", e.getMessage());
  }
}
