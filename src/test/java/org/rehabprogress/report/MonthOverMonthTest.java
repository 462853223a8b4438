package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.Status;

/** Since last month (SPEC section 4): the marked changes, the headline and the line. */
class MonthOverMonthTest {

  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

  /** Pain 8 at baseline (09-01 .. 09-14) and now (10-18 .. 10-31): UNCHANGED, 8 weeks, no flag. */
  private static PatientResult unchangedInOctober() {
    double[] eights = {8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8};
    return new LogBuilder()
        .treatmentStart("2026-09-01")
        .painDays("2026-09-01", eights)
        .painDays("2026-10-18", eights)
        .analyse("2026-10-01", "2026-10-31");
  }

  @Test
  void marksAMovedStatusAClearedFlagAndAReturnToFollowUp() {
    PatientResult now = unchangedInOctober();
    assertEquals(Status.UNCHANGED, now.status());
    Previous before = new Previous(SEPTEMBER, Status.IMPROVED, 5.0, true, false, true);
    assertEquals(
        List.of("status IMPROVED → UNCHANGED", "review flag cleared", "back in follow-up"),
        before.changes(now));
    assertEquals("UNCHANGED, was IMPROVED in September", SinceLastMonth.headline(now, before));
    assertEquals(
        "Since last month (September 2026): status ▼ IMPROVED → = UNCHANGED; current pain 5.00 →"
            + " 8.00; review flag cleared; back in follow-up.",
        SinceLastMonth.line(now, before, YearMonth.of(2026, 10)));
    assertEquals(List.of("▼ IMPROVED", "pain 5.00"), SinceLastMonth.cell(before));
  }

  @Test
  void marksANewFlagAndNewlyLostAndSaysWhenNothingMoved() {
    PatientResult now = unchangedInOctober();
    Previous same = new Previous(SEPTEMBER, Status.UNCHANGED, 8.0, false, false, false);
    assertEquals(List.of(), same.changes(now));
    assertEquals("UNCHANGED, as in September", SinceLastMonth.headline(now, same));
    // Lost in October: nothing after 10-14, so no entry in 10-18 .. 10-31.
    PatientResult lost =
        new LogBuilder()
            .treatmentStart("2026-03-01")
            .painDays("2026-03-01", 6, 6, 6, 6)
            .painDays("2026-10-11", 6, 6, 6, 6)
            .analyse("2026-10-01", "2026-10-31");
    Previous inFollowUp =
        new Previous(SEPTEMBER, Status.INSUFFICIENT_DATA, Double.NaN, false, false, false);
    // 2026-10-31 - 2026-03-01 = 244 days: 34 weeks; status INSUFFICIENT_DATA (no current pain)
    assertEquals(List.of("newly lost to follow-up"), inFollowUp.changes(lost));
    Previous unflagged = new Previous(SEPTEMBER, Status.UNCHANGED, 8.0, false, false, false);
    PatientResult flagged =
        new LogBuilder()
            .treatmentStart("2026-06-01")
            .painDays("2026-06-01", 8, 8, 8, 8)
            .painDays("2026-10-28", 8, 8, 8, 8)
            .analyse("2026-10-01", "2026-10-31");
    // 2026-10-31 - 2026-06-01 = 152 days: 21 weeks >= 12 and UNCHANGED: the review flag is new
    assertEquals(List.of("review flag new"), unflagged.changes(flagged));
  }

  @Test
  void saysWhenThereIsNoMonthBefore() {
    PatientResult now = unchangedInOctober();
    assertEquals("UNCHANGED", SinceLastMonth.headline(now, null));
    assertEquals(List.of("not in treatment"), SinceLastMonth.cell(null));
    assertEquals(
        "Since last month: not in treatment by the end of September 2026, so there is no month"
            + " before to compare with.",
        SinceLastMonth.line(now, null, YearMonth.of(2026, 10)));
  }

  @Test
  void takesThePreviousFiguresFromTheAnalysisOfTheMonthBefore() {
    PatientResult september =
        new LogBuilder()
            .treatmentStart("2026-06-01")
            .painDays("2026-06-01", 8, 8, 8, 8)
            .painDays("2026-09-27", 4, 5, 5, 5)
            .analyse("2026-09-01", "2026-09-30");
    Previous p = Previous.of(SEPTEMBER, september);
    // current (4 + 5 + 5 + 5) / 4 = 4.75; change -3.25 <= -2: IMPROVED; 121 days: 17 weeks
    assertEquals(new Previous(SEPTEMBER, Status.IMPROVED, 4.75, false, false, false), p);
  }

  @Test
  void announcesAStaleExportWithTheNewestEntry() {
    // November has no entry; the newest entry is 2026-10-16.
    Freshness none = new Freshness(LocalDate.parse("2026-10-16"), false);
    assertEquals(
        "no entry at all in November 2026; the newest entry is 2026-10-16: is the export current?"
            + " Without newer entries every patient looks lost to follow-up.",
        none.announcement(YearMonth.of(2026, 11)));
    // 2026-10-31 - 2026-10-16 = 15 days > 14: stale although October has entries
    assertEquals(
        "the newest entry is 2026-10-16, 15 days before the end of October 2026: is the export"
            + " current? Without newer entries every patient looks lost to follow-up.",
        new Freshness(LocalDate.parse("2026-10-16"), true).announcement(YearMonth.of(2026, 10)));
    // 2026-10-31 - 2026-10-17 = 14 days: current
    assertNull(
        new Freshness(LocalDate.parse("2026-10-17"), true).announcement(YearMonth.of(2026, 10)));
    // newer entries than the month: current
    assertNull(
        new Freshness(LocalDate.parse("2026-12-02"), true).announcement(YearMonth.of(2026, 10)));
  }
}
