package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.NEUTRAL;
import static org.rehabprogress.catalog.ActivityClass.UNCLASSIFIED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.canonical.Measure;

/** Exposure and next-day pain, per exposure, per activity, and the list of flagged days. */
class NextDayTest {

  private static final double NA = Double.NaN;

  @Test
  void ranksExposureFlaggedThenLowImpactThenOtherThenRestAndLeavesUnloggedDaysOut() {
    PatientResult r =
        new LogBuilder()
            .activity("2026-09-01", "golf", FLAGGED, 30)
            .activity("2026-09-01", "swimming", LOW_IMPACT, 30)
            .activity("2026-09-02", "hiking", NEUTRAL, 30)
            .activity("2026-09-02", "swimming", LOW_IMPACT, 30)
            .activity("2026-09-03", "parkour", UNCLASSIFIED, 30)
            .activity("2026-09-04", "hiking", NEUTRAL, 30)
            .pain("2026-09-05", 5)
            .activity("2026-09-07", "running", FLAGGED, NA)
            .analyse("2026-09-01", "2026-09-07");
    assertArrayEquals(
        new Exposure[] {
          Exposure.FLAGGED,
          Exposure.LOW_IMPACT,
          Exposure.OTHER,
          Exposure.OTHER,
          Exposure.REST, // a symptom entry and no activity: a logged day of rest
          null, // no entry at all: unlogged, in no group (SPEC section 3)
          Exposure.FLAGGED, // an unknown duration is still an exposure
        },
        r.series().exposure());
  }

  /** Low-impact days 09-01, 09-03, 09-05 (next-day pain 2, 3, 4), flagged 09-10 and 09-12. */
  private static LogBuilder twoFlaggedDays() {
    return new LogBuilder()
        .activity("2026-09-01", "walking", LOW_IMPACT, 30)
        .pain("2026-09-02", 2)
        .activity("2026-09-03", "walking", LOW_IMPACT, 30)
        .pain("2026-09-04", 3)
        .activity("2026-09-05", "walking", LOW_IMPACT, 30)
        .pain("2026-09-06", 4)
        .activity("2026-09-10", "golf", FLAGGED, 60)
        .pain("2026-09-11", 6)
        .activity("2026-09-12", "golf", FLAGGED, 60)
        .pain("2026-09-13", 8);
  }

  @Test
  void needsThreeDaysForANextDayMean() {
    PatientResult r = twoFlaggedDays().september();
    NextDayPain low = r.nextDay(Exposure.LOW_IMPACT);
    assertArrayEquals(new double[] {2, 3, 4}, low.values());
    assertEquals(3.0, low.mean()); // (2 + 3 + 4) / 3
    assertEquals(1.0, low.sd()); // sqrt((1 + 0 + 1) / 2)
    assertEquals(3.0, r.summary().nextDayPainAfterLowImpact());
    assertArrayEquals(new double[] {6, 8}, r.nextDay(Exposure.FLAGGED).values());
    assertEquals(NA, r.summary().nextDayPainAfterFlagged()); // 2 days
    assertEquals(NA, r.nextDay(Exposure.FLAGGED).sd());
    assertEquals(NA, r.summary().flaggedMinusLowImpact());
    assertEquals(0, r.nextDay(Exposure.REST).days()); // no day before a pain day is a rest day
  }

  @Test
  void subtractsLowImpactFromFlaggedWhenBothExist() {
    PatientResult r =
        twoFlaggedDays()
            .activity("2026-09-14", "golf", FLAGGED, 60)
            .pain("2026-09-15", 7)
            .september();
    assertEquals(7.0, r.summary().nextDayPainAfterFlagged()); // (6 + 8 + 7) / 3
    assertEquals(1.0, r.nextDay(Exposure.FLAGGED).sd());
    assertEquals(4.0, r.summary().flaggedMinusLowImpact()); // 7 - 3
  }

  @Test
  void leavesAnUnloggedDayOutOfEveryGroup() {
    // 09-19, 09-21 and 09-23 have no entry at all: unlogged, not rest, though their next days
    // have pain 5, 6, 7
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-01")
            .pain("2026-09-20", 5)
            .pain("2026-09-22", 6)
            .pain("2026-09-24", 7)
            .september();
    for (Exposure e : Exposure.values()) {
      assertEquals(0, r.nextDay(e).days(), e.name());
    }
    assertEquals(
        null, r.series().exposure()[LogBuilder.day("2026-09-19") - LogBuilder.day("2026-09-01")]);
  }

  @Test
  void countsALoggedDayWithoutActivityAsRest() {
    // 09-19, 09-21 and 09-23 have only a sleep entry (a wearable's): logged days of rest, their
    // next days have pain 5, 6, 7
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-01")
            .symptom("2026-09-19", Measure.SLEEP_HOURS, 7.5)
            .pain("2026-09-20", 5)
            .symptom("2026-09-21", Measure.SLEEP_HOURS, 7.5)
            .pain("2026-09-22", 6)
            .symptom("2026-09-23", Measure.SLEEP_HOURS, 7.5)
            .pain("2026-09-24", 7)
            .september();
    NextDayPain rest = r.nextDay(Exposure.REST);
    // (5 + 6 + 7) / 3 = 6; 09-20 and 09-22 (pain, no activity) are rest days too, but their next
    // days have no pain
    assertArrayEquals(new double[] {5, 6, 7}, rest.values());
    assertEquals(6.0, rest.mean());
    assertEquals(0, r.nextDay(Exposure.OTHER).days());
  }

  @Test
  void countsEachDayOnceWhateverItsEntries() {
    // two walks on 09-01 and two pain entries on 09-02 (1 and 3): one day, next-day pain 2
    PatientResult r =
        new LogBuilder()
            .activity("2026-09-01", "walking", LOW_IMPACT, 30)
            .activity("2026-09-01", "walking", LOW_IMPACT, 20)
            .pain("2026-09-02", 1)
            .pain("2026-09-02", 3)
            .activity("2026-09-03", "walking", LOW_IMPACT, 30)
            .pain("2026-09-04", 5)
            .activity("2026-09-05", "walking", LOW_IMPACT, 30)
            .pain("2026-09-06", 8)
            .september();
    assertArrayEquals(new double[] {2, 5, 8}, r.nextDay(Exposure.LOW_IMPACT).values());
    assertEquals(5.0, r.summary().nextDayPainAfterLowImpact());
    assertEquals(3.0, r.nextDay(Exposure.LOW_IMPACT).sd()); // sqrt((9 + 0 + 9) / 2)
    assertEquals(3, r.activities().get(0).nextDay().days());
  }

  @Test
  void takesDaysFromStartToTheDayBeforeTheEnd() {
    // treatment starts 09-05: golf on 09-04 (pain 9 on 09-05) is before start; golf on 09-30
    // (the end) has its next day after the end; 09-10, 09-15 and 09-29 count
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-05")
            .activity("2026-09-04", "golf", FLAGGED, 60)
            .pain("2026-09-05", 9)
            .activity("2026-09-10", "golf", FLAGGED, 60)
            .pain("2026-09-11", 6)
            .activity("2026-09-15", "golf", FLAGGED, 60)
            .pain("2026-09-16", 5)
            .activity("2026-09-29", "golf", FLAGGED, 60)
            .pain("2026-09-30", 4)
            .activity("2026-09-30", "golf", FLAGGED, 60)
            .pain("2026-10-01", 9)
            .september();
    assertArrayEquals(new double[] {6, 5, 4}, r.nextDay(Exposure.FLAGGED).values());
    assertEquals(5.0, r.summary().nextDayPainAfterFlagged());
  }

  @Test
  void comparesEachActivityNameWithRestDays() {
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-01")
            .activity("2026-09-01", "Swimming", LOW_IMPACT, 30)
            .pain("2026-09-02", 2)
            .activity("2026-09-03", " Swimming ", LOW_IMPACT, 30)
            .pain("2026-09-04", 4)
            .activity("2026-09-05", "Swimming", LOW_IMPACT, 30)
            .pain("2026-09-06", 6)
            .activity("2026-09-07", "swimming", LOW_IMPACT, 30)
            .pain("2026-09-08", 3)
            .activity("2026-09-09", "Swimming", LOW_IMPACT, 30)
            .activity("2026-09-09", " Swimming ", LOW_IMPACT, 30)
            .pain("2026-09-10", 4)
            .symptom("2026-09-19", Measure.ANXIETY, 3)
            .pain("2026-09-20", 5)
            .symptom("2026-09-21", Measure.ANXIETY, 3)
            .pain("2026-09-22", 6)
            .symptom("2026-09-23", Measure.ANXIETY, 3)
            .pain("2026-09-24", 7)
            .activity("2026-09-30", "golf", FLAGGED, 60)
            .september();
    List<ActivityComparison> a = r.activities();
    assertEquals(2, a.size());
    // in key order: golf, only on the end day, is listed with no day to compare
    assertEquals("golf", a.get(0).activity());
    assertEquals(0, a.get(0).nextDay().days());
    assertEquals(NA, a.get(0).differenceVsRest());
    // "Swimming", " Swimming " and "swimming" are one name, shown as the first spelling in text
    // order; 09-09 counts once: next-day pain 2, 4, 6, 3, 4
    assertEquals("Swimming", a.get(1).activity());
    assertEquals(LOW_IMPACT, a.get(1).activityClass());
    assertArrayEquals(new double[] {2, 4, 6, 3, 4}, a.get(1).nextDay().values());
    assertEquals(3.8, a.get(1).nextDay().mean(), 1e-12);
    // squared deviations 3.24 + 0.04 + 4.84 + 0.64 + 0.04 = 8.8, over n - 1 = 4
    assertEquals(Math.sqrt(2.2), a.get(1).nextDay().sd(), 1e-12);
    // REST days (logged, no activity) 09-19, 09-21, 09-23 (09-08 and 09-10 are rest days too,
    // but their next days have no pain): mean (5 + 6 + 7) / 3 = 6; difference 3.8 - 6
    assertEquals(6.0, r.nextDay(Exposure.REST).mean());
    assertEquals(-2.2, a.get(1).differenceVsRest(), 1e-12);
  }

  @Test
  void listsFlaggedDaysWithTheNextDaysPain() {
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-01")
            .activity("2026-08-31", "golf", FLAGGED, 60)
            .activity("2026-09-10", "golf", FLAGGED, 60)
            .activity("2026-09-10", "walking", LOW_IMPACT, 30)
            .activity("2026-09-10", "tennis ", FLAGGED, 60)
            .activity("2026-09-10", "golf", FLAGGED, 30)
            .pain("2026-09-11", 6)
            .activity("2026-09-12", "golf", FLAGGED, 60)
            .activity("2026-09-30", "golf", FLAGGED, 60)
            .pain("2026-10-01", 9)
            .september();
    assertEquals(
        List.of(
            new FlaggedDay(LocalDate.parse("2026-09-10"), List.of("golf", "tennis"), 6),
            new FlaggedDay(LocalDate.parse("2026-09-12"), List.of("golf"), NA),
            new FlaggedDay(LocalDate.parse("2026-09-30"), List.of("golf"), NA)),
        r.flaggedDays());
  }

  @Test
  void followsManyActivitiesOverManyDays() {
    // forty walks a day on 09-01 .. 09-20 with pain on 09-01 .. 09-21: every activity's next-day
    // pain is the low-impact days' next-day pain, 20 days each
    LogBuilder log = new LogBuilder();
    for (int d = 0; d <= 20; d++) {
      String day = LocalDate.parse("2026-09-01").plusDays(d).toString();
      log.pain(day, d % 2 == 0 ? 4 : 6);
      for (int a = 0; d < 20 && a < 40; a++) {
        log.activity(day, "walk " + a, LOW_IMPACT, 10);
      }
    }
    PatientResult r = log.september();
    NextDayPain low = r.nextDay(Exposure.LOW_IMPACT);
    assertEquals(20, low.days());
    assertEquals(5.0, low.mean()); // 10 days of 6 and 10 of 4
    assertEquals(40, r.activities().size());
    for (ActivityComparison a : r.activities()) {
      assertArrayEquals(low.values(), a.nextDay().values());
    }
  }

  @Test
  void listsEveryFlaggedActivityOfABusyDay() {
    LogBuilder log = new LogBuilder();
    for (String name : new String[] {"golf", "tennis", "squash", "running", "golf", "rugby"}) {
      log.activity("2026-09-01", name, FLAGGED, 30);
    }
    assertEquals(
        List.of("golf", "tennis", "squash", "running", "rugby"),
        log.september().flaggedDays().get(0).activities());
  }
}
