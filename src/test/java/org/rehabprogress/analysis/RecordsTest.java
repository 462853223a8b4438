package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.catalog.ActivityClass;

/** The invariants the result records check. */
class RecordsTest {

  private static final PatientResult RESULT = new LogBuilder().pain("2026-09-01", 5).september();

  @Test
  void refusesSeriesColumnsOfDifferentLengths() {
    DailySeries s = RESULT.series();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DailySeries(
                    s.first(),
                    s.pain(),
                    s.anxiety(),
                    s.sleepHours(),
                    new Exposure[1],
                    s.lowImpactMinutes(),
                    s.flaggedMinutes(),
                    s.neutralMinutes(),
                    s.baseline(),
                    s.current()));
    assertEquals("columns differ in length", e.getMessage());
  }

  @Test
  void needsOneNextDayFigurePerExposure() {
    PatientResult r = RESULT;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PatientResult(
                    r.summary(),
                    r.start(),
                    r.end(),
                    r.monthStart(),
                    r.monthDays(),
                    r.rule(),
                    r.flagRules(),
                    r.lostToFollowUp(),
                    r.pain(),
                    r.anxiety(),
                    r.sleepHours(),
                    r.gad7(),
                    r.gad7Change(),
                    r.byExposure().subList(0, 3),
                    r.activities(),
                    r.flaggedDays(),
                    r.series(),
                    r.adjusted(),
                    r.panel()));
    assertEquals("one next-day figure per exposure expected", e.getMessage());
  }

  @Test
  void needsOneClassPerActivityName() {
    PatientLog log = new LogBuilder().build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PatientLog(
                    log.code(),
                    log.patientId(),
                    null,
                    log.symptoms(),
                    log.activities(),
                    List.of(ActivityClass.FLAGGED, ActivityClass.NEUTRAL),
                    log.matches(),
                    List.of()));
    assertEquals("one class per activity name expected", e.getMessage());
  }

  @Test
  void reportsTheResultsPatientAndStatus() {
    assertEquals(LogBuilder.ID, RESULT.patientId());
    assertEquals(Status.INSUFFICIENT_DATA, RESULT.status());
    assertEquals(LocalDate.parse("2026-09-30"), RESULT.series().last());
  }
}
