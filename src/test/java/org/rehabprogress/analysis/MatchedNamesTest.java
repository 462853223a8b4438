package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.NEUTRAL;
import static org.rehabprogress.catalog.ActivityClass.UNCLASSIFIED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.Ratio;

/**
 * The per-activity figures of the report group names as SPEC section 2 matches them, with the
 * built-in catalog: a patient's {@code Walk} (Fitbit), {@code walking}, {@code Walking} and {@code
 * HKWorkoutActivityTypeWalking} (Apple Health) are one {@code Walking}; {@code golf} is shown as
 * the catalog's {@code Golf}; the unknown {@code Bog snorkelling} and {@code bog snorkelling!} are
 * one name, shown as the first spelling in text order.
 *
 * <p>September 2026, pain every day (P1 .. P30 below), treatment from 09-01, so the day pairs are
 * 09-01 .. 09-29 (29 pairs). Walking on 9 days: {@code Walk} on 01, 04, 07, 10; {@code walking} on
 * 13, 16, 19; {@code Walk} and {@code Walking} both on 22; {@code HKWorkoutActivityTypeWalking} on
 * 28. {@code golf} on 02, 08, 14, 20, 26; the bog snorkelling spellings on 05 and 11; housework on
 * 17 and 25. The other 11 pairs' days are rest days. Kept apart as written, {@code Walk} would be 5
 * days (01, 04, 07, 10, 22) and {@code walking}/{@code Walking} 4 (13, 16, 19, 22).
 */
class MatchedNamesTest {

  private static final double[] PAIN = {
    5.0, 5.5, 4.5, 6.0, 5.0, 4.0, 5.5, 6.5, 5.0, 4.5, 5.5, 6.0, 5.0, 4.5, 6.5, 5.5, 4.0, 5.0, 6.0,
    5.5, 4.5, 5.0, 6.0, 5.5, 4.5, 5.0, 6.5, 5.5, 4.0, 5.0
  };

  /** lm (QR) and the analysis (Cholesky of the cross products) agree far better than this. */
  private static final double R = 1e-9;

  private static PatientResult result;

  @BeforeAll
  static void analyse() {
    LogBuilder log = new LogBuilder().treatmentStart("2026-09-01").matchedBy(CatalogCsv.builtin());
    log.painDays("2026-09-01", PAIN);
    for (String day : List.of("01", "04", "07", "10", "22")) {
      log.activity("2026-09-" + day, "Walk", LOW_IMPACT, 30);
    }
    for (String day : List.of("13", "16", "19")) {
      log.activity("2026-09-" + day, "walking", LOW_IMPACT, 30);
    }
    log.activity("2026-09-22", "Walking", LOW_IMPACT, 20);
    log.activity("2026-09-28", "HKWorkoutActivityTypeWalking", LOW_IMPACT, 25);
    for (String day : List.of("02", "08", "14", "20", "26")) {
      log.activity("2026-09-" + day, "golf", FLAGGED, 60);
    }
    log.activity("2026-09-05", "bog  snorkelling!", UNCLASSIFIED, 40);
    log.activity("2026-09-11", "Bog snorkelling", UNCLASSIFIED, 40);
    log.activity("2026-09-17", "Housework", NEUTRAL, 60);
    log.activity("2026-09-25", "Housework", NEUTRAL, 60);
    result = log.september();
  }

  @Test
  void aliasesOfOneCatalogActivityAreOneRowOverTheUnionOfTheirDays() {
    List<ActivityComparison> rows = result.activities();
    // In the order of the matching keys: bog snorkelling, golf, housework, walking.
    assertEquals(
        List.of("Bog snorkelling", "Golf", "Housework", "Walking"),
        rows.stream().map(ActivityComparison::activity).toList());
    assertEquals(
        List.of(UNCLASSIFIED, FLAGGED, NEUTRAL, LOW_IMPACT),
        rows.stream().map(ActivityComparison::activityClass).toList());
    ActivityComparison walking = rows.get(3);
    // 9 days, 09-22 once though it has Walk and Walking; their next days 02, 05, 08, 11, 14, 17,
    // 20, 23, 29 had pain 5.5, 5.0, 6.5, 5.5, 4.5, 4.0, 5.5, 6.0, 4.0: sum 46.5, mean 46.5 / 9 =
    // 31/6 (with 09-22 twice it would be 52.5 / 10 = 5.25).
    assertEquals(9, walking.nextDay().days());
    assertArrayEquals(
        new double[] {5.5, 5.0, 6.5, 5.5, 4.5, 4.0, 5.5, 6.0, 4.0}, walking.nextDay().values());
    assertEquals(Ratio.of(31, 6), walking.nextDay().exactMean());
    // Sum of squares 246.25 - 46.5^2 / 9 = 6, over n - 1 = 8: sd sqrt(0.75).
    // R: sd(c(5.5, 5, 6.5, 5.5, 4.5, 4, 5.5, 6, 4)) gives 0.8660254037844386
    assertEquals(0.8660254037844386, walking.nextDay().sd(), 1e-15);
    // REST: the 11 pairs' days 03, 06, 09, 12, 15, 18, 21, 23, 24, 27, 29, next-day pain sum 58:
    // 58/11; the difference 31/6 - 58/11 = (341 - 348) / 66 = -7/66.
    assertEquals(Ratio.of(58, 11), result.nextDay(Exposure.REST).exactMean());
    assertEquals(Ratio.of(-7, 66).toDouble(), walking.differenceVsRest(), 1e-15);
    // Golf: next days 03, 09, 15, 21, 27 with 4.5, 5.0, 6.5, 4.5, 6.5: 27/5.
    assertEquals(Ratio.of(27, 5), rows.get(1).nextDay().exactMean());
    // The two bog snorkelling spellings, 2 days: no mean under 3 days.
    assertEquals(2, rows.get(0).nextDay().days());
    assertEquals(Double.NaN, rows.get(0).nextDay().mean());
  }

  @Test
  void theAdjustedModelHasOneIndicatorForTheAliases() {
    List<AdjustedActivity> rows = result.adjusted().byActivity();
    assertEquals(
        List.of("Bog snorkelling", "Golf", "Housework", "Walking"),
        rows.stream().map(AdjustedActivity::activity).toList());
    assertEquals(List.of(2, 5, 2, 9), rows.stream().map(AdjustedActivity::days).toList());
    // pain <- c(5.0, 5.5, 4.5, 6.0, 5.0, 4.0, 5.5, 6.5, 5.0, 4.5, 5.5, 6.0, 5.0, 4.5, 6.5, 5.5,
    //   4.0, 5.0, 6.0, 5.5, 4.5, 5.0, 6.0, 5.5, 4.5, 5.0, 6.5, 5.5, 4.0, 5.0)
    // d <- 1:29; y <- pain[d + 1]; p <- pain[d]
    // W <- as.numeric(d %in% c(1, 4, 7, 10, 13, 16, 19, 22, 28))
    // G <- as.numeric(d %in% c(2, 8, 14, 20, 26)); O <- as.numeric(d %in% c(5, 11, 17, 25))
    // fit <- lm(y ~ W + G + O + p); b <- coef(fit); s <- sqrt(diag(vcov(fit)))
    // b[nm] + c(-1, 1) * qt(0.975, df.residual(fit)) * s[nm]; df.residual(fit) is 24
    assertEstimate(
        rows.get(3),
        -0.091186876809262907,
        0.35130149786517617,
        -0.81623753295097079,
        0.63386377933244509);
    assertEstimate(
        rows.get(1),
        0.15149565776777094,
        0.42225763581676873,
        -0.72000126943090859,
        1.0229925849664505);
    // Each on 2 pairs' days: no indicator of their own, they count in O.
    AdjustedDifference none =
        new AdjustedDifference.None(AdjustedDifference.Reason.FEW_ACTIVITY_DAYS);
    assertEquals(none, rows.get(0).difference());
    assertEquals(none, rows.get(2).difference());
  }

  @Test
  void theFlaggedDaysKeepTheNamesAsLogged() {
    // The list of flagged days says what the patient logged; only comparisons group names.
    assertEquals(
        new FlaggedDay(LocalDate.parse("2026-09-02"), List.of("golf"), 4.5),
        result.flaggedDays().get(0));
  }

  private static void assertEstimate(
      AdjustedActivity row, double estimate, double se, double low, double high) {
    AdjustedDifference.Estimate e =
        assertInstanceOf(AdjustedDifference.Estimate.class, row.difference(), row.activity());
    assertEquals(estimate, e.estimate(), R, row.activity());
    assertEquals(se, e.se(), R, row.activity());
    assertEquals(low, e.ciLow(), R, row.activity());
    assertEquals(high, e.ciHigh(), R, row.activity());
    assertEquals(24, e.df(), row.activity()); // 29 pairs - 5 coefficients
  }
}
