package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.catalog.ActivityClass;

/** Daily means, start, and the baseline and current windows of SPEC section 3. */
class WindowsTest {

  @Test
  void averagesSeveralEntriesOfOneDay() {
    // 09-01: (4 + 6) / 2 = 5; baseline (5 + 5 + 5 + 7) / 4 = 5.5
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 4)
            .pain("2026-09-01", 6)
            .painDays("2026-09-02", 5, 5, 7)
            .september();
    assertEquals(5.0, r.series().pain()[0]);
    assertEquals(5.5, r.summary().painBaseline());
  }

  @Test
  void averagesEachMeasureOverTheEntriesThatHaveIt() {
    // 09-01: pain rows 4 and 8 -> 6; the anxiety-only row does not dilute pain; anxiety 3
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 4)
            .symptom("2026-09-01", Measure.ANXIETY, 3)
            .pain("2026-09-01", 8)
            .september();
    assertEquals(6.0, r.series().pain()[0]);
    assertEquals(3.0, r.series().anxiety()[0]);
  }

  @Test
  void baselineNeedsFourDaysWithPain() {
    PatientResult three = new LogBuilder().painDays("2026-09-01", 4, 5, 6).september();
    PatientResult four = new LogBuilder().painDays("2026-09-01", 4, 5, 6, 7).september();
    assertEquals(Double.NaN, three.summary().painBaseline());
    // (4 + 5 + 6 + 7) / 4 = 5.5
    assertEquals(5.5, four.summary().painBaseline());
  }

  @Test
  void baselineWindowEndsAtStartPlusThirteen() {
    // start 09-01; 09-14 is start+13 (in), 09-15 is start+14 (out)
    PatientResult in =
        new LogBuilder().painDays("2026-09-01", 4, 4, 4).pain("2026-09-14", 8).september();
    PatientResult out =
        new LogBuilder().painDays("2026-09-01", 4, 4, 4).pain("2026-09-15", 8).september();
    assertEquals(5.0, in.summary().painBaseline()); // (4 + 4 + 4 + 8) / 4
    assertEquals(Double.NaN, out.summary().painBaseline());
  }

  @Test
  void currentWindowBeginsAtEndMinusThirteen() {
    // end 09-30; 09-17 is end-13 (in), 09-16 is end-14 (out)
    PatientResult in =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .pain("2026-09-17", 8)
            .painDays("2026-09-28", 4, 4, 4)
            .september();
    PatientResult out =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .pain("2026-09-16", 8)
            .painDays("2026-09-28", 4, 4, 4)
            .september();
    assertEquals(5.0, in.summary().painCurrent()); // (8 + 4 + 4 + 4) / 4
    assertEquals(Double.NaN, out.summary().painCurrent());
  }

  @Test
  void currentFiguresAreNoneWhileEndMinusStartIsUnderTwentySeven() {
    LogBuilder log = new LogBuilder().painDays("2026-09-01", 6, 6, 6, 6);
    for (int i = 0; i < 4; i++) {
      String day = LocalDate.parse("2026-09-01").plusDays(i).toString();
      log.symptom(day, Measure.ANXIETY, 5).symptom(day, Measure.SLEEP_HOURS, 6);
    }
    for (int i = 14; i <= 27; i++) {
      String day = LocalDate.parse("2026-09-01").plusDays(i).toString();
      log.pain(day, 3).symptom(day, Measure.ANXIETY, 2).symptom(day, Measure.SLEEP_HOURS, 8);
    }
    // end 09-27: end - start = 26; the window 09-14 .. 09-27 has 14 days of pain 3, yet none
    PatientResult early = log.analyse("2026-09-01", "2026-09-27");
    assertEquals(Double.NaN, early.summary().painCurrent());
    assertEquals(Double.NaN, early.summary().anxietyCurrent());
    assertEquals(Double.NaN, early.summary().sleepHoursCurrent());
    assertEquals(Status.INSUFFICIENT_DATA, early.status());
    assertEquals(
        "end - start is 26 days, under 27: too early to compare with the baseline:"
            + " INSUFFICIENT_DATA",
        early.rule());
    assertNull(early.series().current());
    // end 09-28: end - start = 27; the window 09-15 .. 09-28 has pain 3 on 14 days
    PatientResult comparable = log.analyse("2026-09-01", "2026-09-28");
    assertEquals(3.0, comparable.summary().painCurrent());
    assertEquals(2.0, comparable.summary().anxietyCurrent());
    assertEquals(8.0, comparable.summary().sleepHoursCurrent());
    assertEquals(-3.0, comparable.summary().painChange());
    assertEquals(Status.IMPROVED, comparable.status());
    assertEquals(
        new Window(LocalDate.parse("2026-09-15"), LocalDate.parse("2026-09-28")),
        comparable.series().current());
  }

  @Test
  void ignoresEntriesAfterTheEnd() {
    PatientResult r =
        new LogBuilder()
            .painDays("2026-09-01", 5, 5, 5, 5)
            .painDays("2026-09-10", 5, 5, 5, 5)
            .painDays("2026-10-01", 9, 9, 9, 9)
            .activity("2026-10-01", "golf", ActivityClass.FLAGGED, 60)
            .september();
    assertEquals(Double.NaN, r.summary().painCurrent()); // 09-17 .. 09-30 has no pain
    assertEquals(0, r.summary().flaggedEntries());
    assertEquals(8, r.summary().daysLogged());
    assertEquals(true, r.lostToFollowUp());
    assertEquals(30, r.series().length());
  }

  @Test
  void anxietyAndSleepUseThePainWindows() {
    PatientResult r =
        new LogBuilder()
            .days(Measure.ANXIETY, "2026-09-01", 2, 4, 6, 8)
            .days(Measure.SLEEP_HOURS, "2026-09-01", 6, 7, 8, 7)
            .days(Measure.ANXIETY, "2026-09-27", 1, 1, 1, 1)
            .days(Measure.SLEEP_HOURS, "2026-09-28", 8, 8, 8)
            .september();
    assertEquals(5.0, r.anxiety().baseline()); // (2 + 4 + 6 + 8) / 4
    assertEquals(1.0, r.anxiety().current());
    assertEquals(-4.0, r.anxiety().change());
    assertEquals(7.0, r.sleepHours().baseline()); // (6 + 7 + 8 + 7) / 4
    assertEquals(Double.NaN, r.sleepHours().current()); // 3 days
    assertEquals(Double.NaN, r.sleepHours().change());
  }

  @Test
  void startsAtTreatmentStartWhenItIsLaterThanTheFirstLoggedDay() {
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-01")
            .painDays("2026-08-20", 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9)
            .painDays("2026-09-01", 5, 5, 5, 5)
            .september();
    assertEquals(LocalDate.parse("2026-09-01"), r.start());
    assertEquals(5.0, r.summary().painBaseline()); // the days before start are not baseline
    assertEquals(LocalDate.parse("2026-08-20"), r.series().first());
    assertEquals(9.0, r.series().pain()[0]);
    assertEquals(
        new Window(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-14")),
        r.series().baseline());
  }

  @Test
  void startsAtTheFirstEntryOfEitherFile() {
    PatientLog log =
        new LogBuilder()
            .activity("2026-08-30", "walking", ActivityClass.LOW_IMPACT, 20)
            .pain("2026-09-01", 5)
            .build();
    assertEquals(LocalDate.parse("2026-08-30"), PatientAnalysis.start(log));
    assertNull(PatientAnalysis.start(new LogBuilder().build()));
    assertEquals(
        LocalDate.parse("2026-07-01"),
        PatientAnalysis.start(new LogBuilder().treatmentStart("2026-07-01").build()));
  }

  @Test
  void findsTheLastLoggedDayOnOrBeforeABound() {
    PatientLog log =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .pain("2026-09-20", 5)
            .activity("2026-09-25", "walking", ActivityClass.LOW_IMPACT, 20)
            .build();
    assertEquals(LocalDate.parse("2026-09-25"), PatientAnalysis.lastLoggedDay(log, null));
    assertEquals(
        LocalDate.parse("2026-09-20"),
        PatientAnalysis.lastLoggedDay(log, LocalDate.parse("2026-09-24")));
    assertEquals(
        LocalDate.parse("2026-09-25"),
        PatientAnalysis.lastLoggedDay(log, LocalDate.parse("2026-09-25")));
    assertNull(PatientAnalysis.lastLoggedDay(log, LocalDate.parse("2026-08-31")));
    assertNull(PatientAnalysis.lastLoggedDay(new LogBuilder().build(), null));
  }

  @Test
  void refusesAPatientWhoStartsAfterTheEnd() {
    LogBuilder late = new LogBuilder().pain("2026-10-01", 5);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> late.september());
    assertEquals("patient P1 starts 2026-10-01, after the end 2026-09-30", e.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> new LogBuilder().september());
    assertEquals("patient P1 has no start: no treatment_start and no entry", none.getMessage());
    IllegalArgumentException month =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LogBuilder().pain("2026-09-01", 5).analyse("2026-10-01", "2026-09-30"));
    assertEquals("month starts 2026-10-01 after its end 2026-09-30", month.getMessage());
  }
}
