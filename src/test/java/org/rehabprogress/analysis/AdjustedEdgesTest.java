package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.NEUTRAL;
import static org.rehabprogress.catalog.ActivityClass.UNCLASSIFIED;

import java.time.LocalDate;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.AdjustedDifference.Reason;

/**
 * The minimum-data rules of SPEC 3b through the whole per-patient analysis, each on both sides of
 * its edge: 20 day pairs, 5 pairs with a flagged and 5 with a low-impact activity, both columns
 * kept (not constant, not aliased), residual variation, 5 residual degrees of freedom (the
 * per-activity model), 5 days for an activity of its own, 5 pairs on each side of the choice check;
 * and which days are pairs' days.
 */
class AdjustedEdgesTest {

  private static final String START = "2026-09-01";

  /** Pain on day i: 1 to 6 by halves, varying from day to day. */
  private static double pain(int i) {
    return 1 + ((i * 7) % 11) / 2.0;
  }

  /**
   * Returns a log with pain on days 0 .. days-1 and golf and walking on the days given; the
   * analysis ends on the last day, so the pairs are days 0 .. days-2.
   */
  private static LogBuilder log(int days, IntPredicate golf, IntPredicate walking) {
    LogBuilder log = new LogBuilder();
    LocalDate start = LocalDate.parse(START);
    for (int i = 0; i < days; i++) {
      String date = start.plusDays(i).toString();
      log.pain(date, pain(i));
      if (golf.test(i)) {
        log.activity(date, "golf", FLAGGED, 60);
      }
      if (walking.test(i)) {
        log.activity(date, "walking", LOW_IMPACT, 30);
      }
    }
    return log;
  }

  private static PatientResult analyse(LogBuilder log, int days) {
    return log.analyse(START, LocalDate.parse(START).plusDays(days - 1).toString());
  }

  private static AdjustedDifference contrast(int days, IntPredicate golf, IntPredicate walking) {
    return analyse(log(days, golf, walking), days).adjusted().flaggedMinusLowImpact();
  }

  // Golf on days 0, 4, 8, ...; walking on days 2, 6, 10, ...: with 21 days, 20 pairs (days 0 to
  // 19), 5 of each.
  private static final IntPredicate GOLF = i -> i % 4 == 0;
  private static final IntPredicate WALKING = i -> i % 4 == 2;

  @Test
  void needsTwentyPairs() {
    // 20 days: pairs on days 0 .. 18, 19 of them (golf 0, 4, 8, 12, 16; walking 2, ..., 18).
    PatientResult r = analyse(log(20, GOLF, WALKING), 20);
    assertEquals(
        new AdjustedDifference.None(Reason.FEW_PAIRS), r.adjusted().flaggedMinusLowImpact());
    assertEquals(19, r.summary().adjDayPairs());
    assertTrue(Double.isNaN(r.summary().adjFlaggedMinusLowImpact()));
    assertTrue(Double.isNaN(r.summary().adjCiLow()));
    assertTrue(Double.isNaN(r.summary().adjCiHigh()));
    PatientResult twenty = analyse(log(21, GOLF, WALKING), 21);
    assertEquals(20, twenty.summary().adjDayPairs());
    assertInstanceOf(AdjustedDifference.Estimate.class, twenty.adjusted().flaggedMinusLowImpact());
    assertTrue(Double.isFinite(twenty.summary().adjFlaggedMinusLowImpact()));
  }

  @Test
  void needsFiveFlaggedPairs() {
    assertEquals(
        new AdjustedDifference.None(Reason.FEW_FLAGGED),
        contrast(21, i -> GOLF.test(i) && i != 16, WALKING));
    // Golf on day 20, the end day, is no pair's day: still 4.
    assertEquals(
        new AdjustedDifference.None(Reason.FEW_FLAGGED),
        contrast(21, i -> (GOLF.test(i) && i != 16) || i == 20, WALKING));
    assertInstanceOf(AdjustedDifference.Estimate.class, contrast(21, GOLF, WALKING));
  }

  @Test
  void needsFiveLowImpactPairs() {
    assertEquals(
        new AdjustedDifference.None(Reason.FEW_LOW_IMPACT),
        contrast(21, GOLF, i -> WALKING.test(i) && i != 18));
  }

  @Test
  void aFlaggedActivityEveryDayLeavesNothingToCompareWith() {
    assertEquals(new AdjustedDifference.None(Reason.EVERY_DAY), contrast(21, i -> true, WALKING));
  }

  @Test
  void walkingOnExactlyTheGolfDaysIsAliasedAsLmLeavesItNa() {
    // R: lm(y ~ F + L + O + p) with L == F gives NA for L.
    assertEquals(new AdjustedDifference.None(Reason.ALIASED), contrast(21, GOLF, GOLF));
  }

  @Test
  void painThatNeverVariesLeavesNoResidualVariation() {
    LogBuilder log = new LogBuilder();
    LocalDate start = LocalDate.parse(START);
    for (int i = 0; i < 21; i++) {
      String date = start.plusDays(i).toString();
      log.pain(date, 4);
      if (GOLF.test(i)) {
        log.activity(date, "golf", FLAGGED, 60);
      }
      if (WALKING.test(i)) {
        log.activity(date, "walking", LOW_IMPACT, 30);
      }
    }
    assertEquals(
        new AdjustedDifference.None(Reason.NO_RESIDUAL_VARIATION),
        analyse(log, 21).adjusted().flaggedMinusLowImpact());
  }

  @Test
  void aDayIsAPairsDayOnlyWithPainOnItAndOnTheNextDayWithinStartToEnd() {
    LogBuilder log = new LogBuilder().treatmentStart("2026-09-03");
    LocalDate start = LocalDate.parse(START);
    for (int i = 0; i < 12; i++) {
      String date = start.plusDays(i).toString();
      if (i != 6) {
        log.pain(date, pain(i));
      }
      log.activity(date, "tennis", FLAGGED, 30);
    }
    // Before the start (09-01, 09-02): none; 09-06 has no day after with pain, 09-07 no pain;
    // 09-12 is the end day. Pairs: 09-03, 09-04, 09-05, 09-08, 09-09, 09-10, 09-11.
    PatientResult r = log.analyse(START, "2026-09-12");
    DayPairs pairs = r.adjusted().pairs();
    assertEquals(7, pairs.size());
    assertEquals(
        java.util.List.of(0, 1, 2, 5, 6, 7, 8),
        java.util.Arrays.stream(pairs.day()).boxed().toList());
    assertEquals(LocalDate.parse("2026-09-03"), pairs.start());
    assertEquals(7, r.summary().adjDayPairs());
  }

  @Test
  void unclassifiedAndNeutralActivitiesAreOtherAndIndicatorsAreNotExclusive() {
    LogBuilder log =
        new LogBuilder()
            .painDays(START, 5, 4, 3, 4)
            .activity("2026-09-01", "parkour", UNCLASSIFIED, 20)
            .activity("2026-09-02", "hiking", NEUTRAL, 30)
            .activity("2026-09-02", "walking", LOW_IMPACT, 15)
            .activity("2026-09-02", "golf", FLAGGED, 40)
            .activity("2026-09-02", "golf", FLAGGED, 5);
    DayPairs pairs = analyse(log, 4).adjusted().pairs();
    assertEquals(3, pairs.size());
    assertEquals(java.util.List.of(false, true, false), list(pairs.flagged()));
    assertEquals(java.util.List.of(false, true, false), list(pairs.lowImpact()));
    assertEquals(java.util.List.of(true, true, false), list(pairs.other()));
    assertEquals(20.0, pairs.otherMinutes()[0]);
    assertEquals(45.0, pairs.flaggedMinutes()[1]);
    assertEquals(15.0, pairs.lowImpactMinutes()[1]);
    assertEquals(30.0, pairs.otherMinutes()[1]);
    assertEquals(0.0, pairs.otherMinutes()[2]);
  }

  @Test
  void minutesAreSummedExactly() {
    LogBuilder log =
        new LogBuilder()
            .painDays(START, 5, 4)
            .activity(START, "walking", LOW_IMPACT, 0.1)
            .activity(START, "walking", LOW_IMPACT, 0.2);
    // 0.1 + 0.2 is 0.30000000000000004 in binary; the decimals sum to 0.3.
    assertEquals(0.3, analyse(log, 2).adjusted().pairs().lowImpactMinutes()[0]);
  }

  @Test
  void theChoiceCheckNeedsFivePairsOnEachSide() {
    // 21 days, 20 pairs: golf on days 0, 4, 8, 12 (4 pairs) leaves 16 others.
    PatientResult four = analyse(log(21, i -> GOLF.test(i) && i != 16, WALKING), 21);
    assertEquals(4, four.adjusted().choice().flaggedPairs());
    assertTrue(Double.isNaN(four.summary().flaggedDayPainMinusOther()));
    // Golf on every pair's day but 5 of them: 15 flagged, 5 others.
    PatientResult five = analyse(log(21, i -> i % 4 != 1, WALKING), 21);
    assertEquals(15, five.adjusted().choice().flaggedPairs());
    assertEquals(5, five.adjusted().choice().otherPairs());
    // Others: days 1, 5, 9, 13, 17 with pain 4.5, 2, 5, 2.5, 5.5 (sum 19.5, mean 3.9); flagged:
    // the other 15 pairs' days, whose pain sums to 49.5 (all 20 sum to 69), mean 3.3; 3.3 - 3.9.
    assertEquals(-0.6, five.summary().flaggedDayPainMinusOther());
    assertEquals(org.rehabprogress.stats.Ratio.of(-3, 5), five.adjusted().choice().exact());
    PatientResult fourOthers = analyse(log(21, i -> i % 4 != 1 || i == 17, WALKING), 21);
    assertEquals(4, fourOthers.adjusted().choice().otherPairs());
    assertTrue(Double.isNaN(fourOthers.summary().flaggedDayPainMinusOther()));
  }

  @Test
  void anActivityNeedsFiveDaysAndTheModelFiveResidualDegreesOfFreedom() {
    // 20 pairs; activity a<j> on the 5 days j, j+1, j+3, j+7, j+12 (mod 20) of the pairs: 14
    // names, each on 5 days, so k = 1 + 14 + p (O is constant 0 and left out) = 16 and n - k = 4.
    LogBuilder log = new LogBuilder();
    LocalDate start = LocalDate.parse(START);
    int names = 14;
    for (int i = 0; i < 21; i++) {
      log.pain(start.plusDays(i).toString(), pain(i));
    }
    for (int j = 0; j < names; j++) {
      for (int offset : new int[] {0, 1, 3, 7, 12}) {
        log.activity(
            start.plusDays((j + offset) % 20).toString(), "a" + (char) ('a' + j), NEUTRAL, 10);
      }
    }
    PatientResult r = analyse(log, 21);
    assertEquals(names, r.adjusted().byActivity().size());
    for (AdjustedActivity a : r.adjusted().byActivity()) {
      assertEquals(5, a.days(), a.activity());
      assertEquals(
          new AdjustedDifference.None(Reason.FEW_DEGREES_OF_FREEDOM), a.difference(), a.activity());
    }
    // One name fewer: k = 15, n - k = 5, every name has a coefficient.
    LogBuilder fewer = new LogBuilder();
    for (int i = 0; i < 21; i++) {
      fewer.pain(start.plusDays(i).toString(), pain(i));
    }
    for (int j = 0; j < names - 1; j++) {
      for (int offset : new int[] {0, 1, 3, 7, 12}) {
        fewer.activity(
            start.plusDays((j + offset) % 20).toString(), "a" + (char) ('a' + j), NEUTRAL, 10);
      }
    }
    for (AdjustedActivity a : analyse(fewer, 21).adjusted().byActivity()) {
      assertInstanceOf(AdjustedDifference.Estimate.class, a.difference(), a.activity());
    }
  }

  private static java.util.List<Boolean> list(boolean[] values) {
    java.util.List<Boolean> list = new java.util.ArrayList<>();
    for (boolean v : values) {
      list.add(v);
    }
    return list;
  }
}
