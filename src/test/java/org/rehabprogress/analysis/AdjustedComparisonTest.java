package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.Ratio;

/**
 * SPEC 3b through the whole per-patient analysis, against R 4.2.2 on the fixture {@code
 * fixtures/adjusted/diary.txt}: 45 days from 2026-09-01 to 2026-10-15 (the report month October),
 * one line per day with that day's pain entries and activities; two days without pain break pairs
 * (09-11, 09-26), three days hold two or three entries (their mean is the day's pain: 10-02 is
 * 8.8/3), {@code Walking} and {@code walking} are one name, golf is done on 5 pairs' days and zumba
 * on 3. The R script beside the fixture ({@code reference.R}) builds the pairs from the same lines
 * and prints each figure with {@code sprintf("%.17g")}; the calls are repeated beside each expected
 * value.
 */
class AdjustedComparisonTest {

  /** lm (QR) and the analysis (Cholesky of the cross products) agree far better than this. */
  private static final double R = 1e-9;

  private static PatientResult result;

  @BeforeAll
  static void analyse() throws IOException {
    result = AdjustedDiary.log().analyse("2026-10-01", "2026-10-15");
  }

  @Test
  void countsThePairsAndTheirIndicators() {
    AdjustedComparison a = result.adjusted();
    // R: cat("pairs", length(d), "F", sum(F), "L", sum(L), "O", sum(O)): 40 19 20 10
    assertEquals(40, a.pairs().size());
    assertEquals(19, a.byClass().flaggedPairs());
    assertEquals(20, a.byClass().lowImpactPairs());
    assertEquals(10, count(a.pairs().other()));
    assertEquals(40, result.summary().adjDayPairs());
  }

  @Test
  void theClassContrastEqualsLm() {
    AdjustedDifference.Estimate e =
        assertInstanceOf(
            AdjustedDifference.Estimate.class, result.adjusted().flaggedMinusLowImpact());
    // R: fit <- lm(y ~ F + L + O + p); coef(fit)["F"] - coef(fit)["L"]
    assertEquals(-0.060935341068684722, e.estimate(), R);
    // R: v <- vcov(fit); sqrt(v["F","F"] + v["L","L"] - 2 * v["F","L"])
    assertEquals(0.45967415684883262, e.se(), R);
    // R: df.residual(fit)
    assertEquals(35, e.df());
    // R: est + c(-1, 1) * qt(0.975, df.residual(fit)) * se
    assertEquals(-0.99412349129929123, e.ciLow(), R);
    assertEquals(0.87225280916192183, e.ciHigh(), R);
    PatientSummary s = result.summary();
    assertEquals(e.estimate(), s.adjFlaggedMinusLowImpact());
    assertEquals(e.ciLow(), s.adjCiLow());
    assertEquals(e.ciHigh(), s.adjCiHigh());
  }

  @Test
  void thePerActivityCoefficientsEqualLm() {
    List<AdjustedActivity> rows = result.adjusted().byActivity();
    // Names in the per-activity table's order; Walking and walking are one name, shown as the
    // first spelling in text order. R: sapply(names, function(nm) sum(done(nm)))
    assertEquals(
        List.of("golf", "housework", "tennis", "Walking", "zumba"),
        rows.stream().map(AdjustedActivity::activity).toList());
    assertEquals(List.of(5, 8, 15, 20, 3), rows.stream().map(AdjustedActivity::days).toList());
    // R: fit2 <- lm(y ~ X + other + p), X the indicators of golf, housework, tennis, walking and
    // other the days with zumba; b <- coef(fit2)[...]; s <- sqrt(vcov(fit2)[...]);
    // b + c(-1, 1) * qt(0.975, df.residual(fit2)) * s
    assertActivity(
        rows.get(0),
        0.088534087451227178,
        0.5232138380458381,
        -0.97595246989021101,
        1.1530206447926654);
    assertActivity(
        rows.get(1),
        0.25070239015431373,
        0.43965639232650411,
        -0.64378526565534677,
        1.1451900459639743);
    assertActivity(
        rows.get(2),
        -0.070907033143181475,
        0.39461078472467453,
        -0.87374871120401953,
        0.73193464491765658);
    assertActivity(
        rows.get(3),
        0.081980102932636426,
        0.38882925392054501,
        -0.70909896226452551,
        0.87305916812979845);
    // zumba on 3 pairs' days: no indicator of its own, it counts in O
    assertEquals(
        new AdjustedDifference.None(AdjustedDifference.Reason.FEW_ACTIVITY_DAYS),
        rows.get(4).difference());
    assertEquals(ActivityClass.UNCLASSIFIED, rows.get(4).activityClass());
    assertEquals(ActivityClass.FLAGGED, rows.get(0).activityClass());
  }

  @Test
  void theChoiceCheckIsExact() {
    ChoiceCheck c = result.adjusted().choice();
    // Pain on the 19 flagged pairs' days sums to 1331/15 (10-02 is 8.8/3), on the other 21 to
    // 562/5: 1331/285 - 562/105 = -1361/1995.
    // R: mean(p[F == 1]) - mean(p[F == 0]) gives -0.68220551378446093 (sums in binary).
    assertEquals(19, c.flaggedPairs());
    assertEquals(21, c.otherPairs());
    assertEquals(Ratio.of(-1361, 1995), c.exact());
    assertEquals(Ratio.of(-1361, 1995).toDouble(), c.flaggedDayPainMinusOther());
    assertEquals(-0.68220551378446093, c.flaggedDayPainMinusOther(), 1e-15);
    assertEquals(c.flaggedDayPainMinusOther(), result.summary().flaggedDayPainMinusOther());
  }

  @Test
  void thePanelHoldsEachPairsDayPainAndMinutes() {
    DayPairs pairs = result.adjusted().pairs();
    // The first pair: 09-01 (pain 5.2, tennis 30 min) and 09-02 (5.6). 09-10 is not a pair's day
    // (09-11 has no pain), nor 09-11; 09-18's pain is the mean of 3.95 and 4.45.
    assertEquals(0, pairs.day()[0]);
    assertEquals(5.2, pairs.pain()[0]);
    assertEquals(5.6, pairs.nextDayPain()[0]);
    assertEquals(30.0, pairs.flaggedMinutes()[0]);
    assertEquals(0.0, pairs.lowImpactMinutes()[0]);
    int i = indexOf(pairs, 17);
    assertEquals(4.2, pairs.pain()[i]);
    assertEquals(60.0, pairs.flaggedMinutes()[i]); // tennis and golf
    assertEquals(-1, indexOf(pairs, 9));
    assertEquals(-1, indexOf(pairs, 10));
    // The last pair's day is 10-14, the day before the end.
    assertEquals(43, pairs.day()[pairs.size() - 1]);
    assertEquals(java.time.LocalDate.parse("2026-10-14"), pairs.date(pairs.size() - 1));
    assertEquals(LogBuilder.ID, pairs.patientId());
  }

  private static void assertActivity(
      AdjustedActivity row, double estimate, double se, double low, double high) {
    AdjustedDifference.Estimate e =
        assertInstanceOf(AdjustedDifference.Estimate.class, row.difference(), row.activity());
    assertEquals(estimate, e.estimate(), R, row.activity());
    assertEquals(se, e.se(), R, row.activity());
    assertEquals(low, e.ciLow(), R, row.activity());
    assertEquals(high, e.ciHigh(), R, row.activity());
    assertEquals(33, e.df(), row.activity()); // 40 pairs - 7 coefficients
  }

  private static int indexOf(DayPairs pairs, int day) {
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.day()[i] == day) {
        return i;
      }
    }
    return -1;
  }

  private static int count(boolean[] column) {
    int n = 0;
    for (boolean b : column) {
      n += b ? 1 : 0;
    }
    return n;
  }
}
