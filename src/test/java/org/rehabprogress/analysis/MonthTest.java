package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.canonical.Measure;
import org.rehabprogress.stats.Round;

/** The month figures over the days of M on or after start, and lost to follow-up. */
class MonthTest {

  @Test
  void countsOnlyTheDaysOnOrAfterStart() {
    // treatment starts 09-16: the days of September on or after start are 09-16 .. 09-30 (15)
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-16")
            .activity("2026-09-10", "walking", LOW_IMPACT, 30)
            .activity("2026-09-10", "golf", FLAGGED, 30)
            .pain("2026-09-10", 5)
            .activity("2026-09-16", "walking", LOW_IMPACT, 45)
            .activity("2026-09-20", "walking", LOW_IMPACT, 60)
            .activity("2026-09-20", "walking", LOW_IMPACT, Double.NaN)
            .activity("2026-09-18", "golf", FLAGGED, 30)
            .activity("2026-09-18", "golf", FLAGGED, Double.NaN)
            .painDays("2026-09-16", 5, 5, 5, 5, 5)
            .september();
    assertEquals(15, r.monthDays());
    // (45 + 60) minutes / (15 / 7) weeks = 49
    assertEquals(49.0, r.summary().lowImpactMinPerWeek(), 1e-12);
    assertEquals(2, r.summary().flaggedEntries()); // both 09-18 entries, not 09-10's
    assertEquals(5, r.summary().daysLogged());
    assertEquals(100.0 * 5 / 15, r.summary().completenessPct()); // 33.33
  }

  @ParameterizedTest
  @CsvSource({
    // month, its last day, completeness % and low-impact minutes per week as shown
    "2026-02-01, 2026-02-28, 25.00, 17.50", // 7 / 28; 70 / (28 / 7)
    "2028-02-01, 2028-02-29, 24.14, 16.90", // 7 / 29; 70 / (29 / 7)
    "2026-09-01, 2026-09-30, 23.33, 16.33", // 7 / 30; 70 / (30 / 7)
    "2026-10-01, 2026-10-31, 22.58, 15.81", // 7 / 31; 70 / (31 / 7)
  })
  void dividesByTheDaysOfTheMonth(
      String monthStart, String end, String completeness, String minutesPerWeek) {
    LogBuilder log = new LogBuilder().treatmentStart("2025-01-01");
    LocalDate first = LocalDate.parse(monthStart);
    for (int i = 0; i < 7; i++) {
      log.pain(first.plusDays(2L * i).toString(), 4);
      log.activity(first.plusDays(2L * i).toString(), "walking", LOW_IMPACT, 10);
    }
    PatientSummary s = log.analyse(monthStart, end).summary();
    assertEquals(7, s.daysLogged());
    assertEquals(completeness, Round.format(s.completenessPct()));
    assertEquals(minutesPerWeek, Round.format(s.lowImpactMinPerWeek()));
  }

  @Test
  void keepsAPatientWhoLoggedNothingInTheMonth() {
    PatientResult r = new LogBuilder().painDays("2026-08-01", 5, 5, 5, 5).september();
    assertEquals(true, r.lostToFollowUp());
    assertEquals(0, r.summary().daysLogged());
    assertEquals(0.0, r.summary().completenessPct());
    assertEquals(0.0, r.summary().lowImpactMinPerWeek());
    assertEquals(0, r.summary().flaggedEntries());
    assertEquals(5.0, r.summary().painBaseline());
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
  }

  @ParameterizedTest
  @CsvSource({
    // the last self-reported entry, lost to follow-up at end 09-30 (the last 14 days: 09-17 ..
    // 09-30); wearable sleep on 09-29 and a walk on 09-30 do not count (SPEC section 3)
    "2026-09-17, false",
    "2026-09-16, true",
  })
  void marksNoSelfReportedEntryInTheLastFourteenDaysAsLost(String last, boolean lost) {
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .symptom(last, Measure.ANXIETY, 6)
            .symptom("2026-09-28", Measure.SLEEP_QUALITY, 6)
            .symptom("2026-09-29", Measure.SLEEP_HOURS, 7.5)
            .activity("2026-09-30", "walking", LOW_IMPACT, 30) // activity is no symptom entry
            .september();
    assertEquals(lost, r.lostToFollowUp());
  }

  @Test
  void countsOnlySelfReportedEntriesAsLoggedDays() {
    // pain, anxiety and GAD-7 are the patient's own report; a day with only sleep_hours or only
    // sleep_quality (a wearable's) is not a diary day
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .symptom("2026-09-02", Measure.SLEEP_QUALITY, 6)
            .symptom("2026-09-03", Measure.GAD7, 6)
            .symptom("2026-09-04", Measure.SLEEP_HOURS, 7.583333333333333)
            .symptom("2026-09-05", Measure.ANXIETY, 2)
            .september();
    assertEquals(3, r.summary().daysLogged()); // 09-01, 09-03, 09-05
    assertEquals(10.0, r.summary().completenessPct()); // 100 * 3 / 30
    // the wearable-only days are still logged days for their exposure: REST, no activity
    assertEquals(Exposure.REST, r.series().exposure()[3]);
  }

  @Test
  void computesCompletenessAtAHalfExactly() {
    // 3 logged days of 8 (09-23 .. 09-30): 100 * 3 / 8 = 37.5 exactly, which shows 38 as a whole
    // percent (half away from zero)
    PatientResult r =
        new LogBuilder()
            .treatmentStart("2026-09-23")
            .pain("2026-09-23", 5)
            .pain("2026-09-24", 5)
            .pain("2026-09-25", 5)
            .september();
    assertEquals(37.5, r.summary().completenessPct());
    assertEquals("38", Round.format(r.summary().completenessPct(), 0));
  }

  @Test
  void addsNoMinutesForAnUnknownDurationButCountsTheEntry() {
    PatientResult r =
        new LogBuilder()
            .pain("2026-09-01", 5)
            .activity("2026-09-02", "golf", FLAGGED, Double.NaN)
            .activity("2026-09-03", "walking", LOW_IMPACT, Double.NaN)
            .activity("2026-09-04", "walking", LOW_IMPACT, 35)
            .september();
    assertEquals(1, r.summary().flaggedEntries());
    assertEquals(35 / (30 / 7.0), r.summary().lowImpactMinPerWeek()); // 8.17
    assertEquals(Exposure.FLAGGED, r.series().exposure()[1]);
    assertEquals(Exposure.LOW_IMPACT, r.series().exposure()[2]);
    assertEquals(0.0, r.series().flaggedMinutes()[1]);
    assertEquals(0.0, r.series().lowImpactMinutes()[2]);
  }

  @Test
  void analysesAPatientWithATreatmentStartAndNoEntry() {
    PatientResult r = new LogBuilder().treatmentStart("2026-09-10").september();
    assertEquals(LocalDate.parse("2026-09-10"), r.series().first());
    assertEquals(21, r.monthDays()); // 09-10 .. 09-30
    assertEquals(0, r.summary().daysLogged());
    assertEquals(true, r.lostToFollowUp());
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Double.NaN, r.summary().painTrendPerWeek());
  }
}
