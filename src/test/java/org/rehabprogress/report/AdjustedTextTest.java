package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.AdjustedComparison;
import org.rehabprogress.analysis.AdjustedDiary;
import org.rehabprogress.analysis.LogBuilder;

/**
 * The patient page's adjusted figures in words (SPEC 3b), on the diary fixture whose figures
 * analysis.AdjustedComparisonTest checks against R, and at the minimum-data edges.
 */
class AdjustedTextTest {

  private static AdjustedComparison diary(LogBuilder log) {
    return log.analyse("2026-10-01", "2026-10-15").adjusted();
  }

  @Test
  void leadsWithTheEstimateItsIntervalAndThePairs() {
    // R: est -0.0609 (95% CI -0.994 to 0.872), 40 pairs; one decimal, as SPEC 3b's example.
    assertEquals(
        "After a day with a flagged activity, pain the next day was 0.1 points lower (95% CI -1.0"
            + " to 0.9) than after a day with a low-impact activity, at the same pain that day; 40"
            + " day pairs.",
        AdjustedText.lead(diary(AdjustedDiary.log())));
    // Flagged and low-impact swapped: bL - bF, the interval mirrored (-0.872 to 0.994).
    assertEquals(
        "After a day with a flagged activity, pain the next day was 0.1 points higher (95% CI"
            + " -0.9 to 1.0) than after a day with a low-impact activity, at the same pain that"
            + " day; 40 day pairs.",
        AdjustedText.lead(diary(AdjustedDiary.log(AdjustedDiary.SWAPPED))));
  }

  @Test
  void saysWhereTheFlaggedActivitiesWereChosen() {
    // -1361/1995 = -0.682: on better days.
    assertEquals(
        "Flagged activities were done on days with 0.7 points less pain than other days (19 day"
            + " pairs with a flagged activity and 21 without): they were chosen on better days,"
            + " which makes the unadjusted comparison below look more reassuring than the adjusted"
            + " one.",
        AdjustedText.choice(diary(AdjustedDiary.log()).choice()));
    // Swapped: walking (20 pairs) is now the flagged activity, chosen on worse days.
    AdjustedComparison swapped = diary(AdjustedDiary.log(AdjustedDiary.SWAPPED));
    assertEquals(20, swapped.choice().flaggedPairs());
    assertEquals(
        "Flagged activities were done on days with "
            + org.rehabprogress.stats.Round.format(
                Math.abs(swapped.choice().flaggedDayPainMinusOther()), 1)
            + " points more pain than other days (20 day pairs with a flagged activity and 20"
            + " without): they were chosen on worse days, which makes the unadjusted comparison"
            + " below look worse for them than the adjusted one.",
        AdjustedText.choice(swapped.choice()));
  }

  @Test
  void listsEachActivityWithItsFigureOrWhyNone() {
    List<PatientView.AdjustedRow> rows = AdjustedText.activities(diary(AdjustedDiary.log()));
    // R: golf 0.0885 (95% CI -0.976 to 1.153) on 5 pairs' days
    assertEquals(
        new PatientView.AdjustedRow("golf", "flagged", 5, "+0.09", "-0.98 to 1.15", ""),
        rows.get(0));
    assertEquals(
        new PatientView.AdjustedRow(
            "zumba",
            "unclassified (counted as neutral)",
            3,
            Figures.NONE,
            Figures.NONE,
            "done on fewer than 5 day pairs' days: counted with the other activities"),
        rows.get(4));
  }

  /** Pain on 21 days, golf on days 0, 4, 8, ... and walking on 2, 6, 10, ... as given. */
  private static AdjustedComparison days(int n, int golfEvery, int walkingEvery) {
    LogBuilder log = new LogBuilder();
    LocalDate start = LocalDate.parse("2026-09-01");
    for (int i = 0; i < n; i++) {
      String date = start.plusDays(i).toString();
      log.pain(date, 1 + ((i * 7) % 11) / 2.0);
      if (i % golfEvery == 0) {
        log.activity(date, "golf", FLAGGED, 60);
      }
      if (i % walkingEvery == 2) {
        log.activity(date, "walking", LOW_IMPACT, 30);
      }
    }
    return log.analyse("2026-09-01", start.plusDays(n - 1).toString()).adjusted();
  }

  @Test
  void saysWhyThereIsNoFigure() {
    assertEquals(
        "No adjusted comparison of flagged and low-impact days: only 19 day pairs (days with pain"
            + " recorded on the day and the next), and 20 are needed.",
        AdjustedText.lead(days(20, 4, 4)));
    // Golf on days 0 and 10 of the 20 pairs' days: 2.
    assertEquals(
        "No adjusted comparison of flagged and low-impact days: only 2 day pairs with a flagged"
            + " activity, and 5 are needed.",
        AdjustedText.lead(days(21, 10, 4)));
    assertEquals(
        "No adjusted comparison of flagged and low-impact days: every day pair had a flagged"
            + " activity, so there is no day without one to compare with.",
        AdjustedText.lead(days(21, 1, 4)));
    assertEquals(
        "No choice check: it needs 5 day pairs with a flagged activity and 5 without (2 day pairs"
            + " with a flagged activity and 18 without).",
        AdjustedText.choice(days(21, 10, 4).choice()));
    assertEquals(
        "No adjusted comparison of flagged and low-impact days: no day pairs (days with pain"
            + " recorded on the day and the next), and 20 are needed.",
        AdjustedText.lead(days(1, 4, 4)));
  }
}
