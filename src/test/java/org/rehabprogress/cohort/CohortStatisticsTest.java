package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.stats.Round;
import org.rehabprogress.stats.WilcoxonResult;
import org.rehabprogress.stats.WilcoxonSignedRank;
import org.rehabprogress.stats.Wilson;

/**
 * The figures across patients against R 4.2.2 on the same per-patient figures: {@code
 * wilcox.test(x, conf.int = TRUE)} and {@code prop.test(k, n, correct = FALSE)}, printed with
 * {@code sprintf("%.17g", v)}.
 */
class CohortStatisticsTest {

  private static final double NA = Double.NaN;
  private static final double EXACT = 1e-12;
  // R finds the approximate estimate and interval with uniroot(tol = 1e-4).
  private static final double UNIROOT = 1e-4;

  /** x <- c(9, -3, 15, 6, 13, -5, 4, 11, 19, 2, -1, 17) / 7, no ties, no zeros, n < 50. */
  private static final double[] SEVENTHS = {9, -3, 15, 6, 13, -5, 4, 11, 19, 2, -1, 17};

  private static CohortFigures figures(List<CohortPatient> rows, int notAnalysed) {
    return CohortStatistics.of(rows, notAnalysed, List.of(), List.of());
  }

  @Test
  void activityEffectAgreesWithRsExactTest() {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < SEVENTHS.length; i++) {
      rows.add(Rows.patient("P" + i, Status.UNCHANGED, SEVENTHS[i] / 7));
    }
    rows.add(Rows.patient("none", Status.UNCHANGED, NA));
    CohortFigures f = figures(rows, 0);
    WilcoxonResult r = f.activityEffect();
    assertEquals(12, f.effectPatients());
    assertEquals(12, r.n());
    assertTrue(r.exact());
    assertEquals(69, r.statistic()); // r$statistic
    assertEquals(0.01611328125000001, r.pValue(), EXACT); // r$p.value
    assertEquals(1.0357142857142856, r.estimate(), EXACT); // r$estimate
    assertEquals(0.21428571428571427, r.ciLow(), EXACT); // r$conf.int[1]
    assertEquals(1.8571428571428572, r.ciHigh(), EXACT); // r$conf.int[2]
  }

  @Test
  void activityEffectUsesTheFiguresAtFullPrecisionNotAsPrinted() {
    List<CohortPatient> rows = new ArrayList<>();
    double[] printed = new double[SEVENTHS.length];
    for (int i = 0; i < SEVENTHS.length; i++) {
      rows.add(Rows.patient("P" + i, Status.UNCHANGED, SEVENTHS[i] / 7));
      printed[i] = Round.half(SEVENTHS[i] / 7, 2);
    }
    WilcoxonResult r = figures(rows, 0).activityEffect();
    // R on round(x, 2), as per_patient.csv prints them: estimate 1.035, interval 0.215 .. 1.86.
    WilcoxonResult fromCsv = WilcoxonSignedRank.test(printed);
    assertEquals(1.0350000000000001, fromCsv.estimate(), EXACT);
    assertNotEquals(fromCsv.estimate(), r.estimate(), 1e-4);
    assertNotEquals(fromCsv.ciLow(), r.ciLow(), 1e-4);
    assertEquals(1.0357142857142856, r.estimate(), EXACT);
  }

  @Test
  void activityEffectAgreesWithRsNormalApproximationWithTiesAndZeros() {
    // R: y <- ((1:60 * 37) %% 23 - 8) / 6; wilcox.test(y, conf.int = TRUE)
    //    "Wilcoxon signed rank test with continuity correction"; two zeros dropped
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      rows.add(Rows.patient("P" + i, Status.UNCHANGED, ((i * 37) % 23 - 8) / 6.0));
    }
    CohortFigures f = figures(rows, 0);
    WilcoxonResult r = f.activityEffect();
    assertEquals(60, f.effectPatients());
    assertEquals(58, r.n()); // sum(y != 0)
    assertFalse(r.exact());
    assertEquals(1267, r.statistic()); // r$statistic
    assertEquals(0.001448586795459592, r.pValue(), 1e-9); // r$p.value
    assertEquals(0.50005660962922616, r.estimate(), UNIROOT); // r$estimate
    assertEquals(0.24994374684849607, r.ciLow(), UNIROOT); // r$conf.int[1]
    assertEquals(0.8333482753675916, r.ciHigh(), UNIROOT); // r$conf.int[2]
  }

  @Test
  void respondersCountImprovedAmongThoseWithEnoughDataAndAllUnderItt() {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(Rows.patient("E" + i, i < 12 ? Status.IMPROVED : Status.UNCHANGED, NA));
    }
    for (int i = 0; i < 5; i++) {
      rows.add(Rows.patient("I" + i, Status.INSUFFICIENT_DATA, NA));
    }
    CohortFigures f = figures(rows, 3);
    assertEquals(38, f.patients());
    // R: prop.test(12, 30, correct = FALSE)
    assertEquals(new Wilson.Interval(12, 30, 0.4, 0, 0).k(), f.responders().k());
    assertEquals(30, f.responders().n());
    assertEquals(0.40000000000000002, f.responders().share(), EXACT);
    assertEquals(0.24590628116801863, f.responders().low(), 1e-9);
    assertEquals(0.57679639746677525, f.responders().high(), 1e-9);
    // R: prop.test(12, 38, correct = FALSE): 5 without enough data and 3 not analysed count as
    // non-responders
    assertEquals(12, f.respondersItt().k());
    assertEquals(38, f.respondersItt().n());
    assertEquals(0.31578947368421051, f.respondersItt().share(), EXACT);
    assertEquals(0.19084603675596185, f.respondersItt().low(), 1e-9);
    assertEquals(0.47455759890609539, f.respondersItt().high(), 1e-9);
  }

  @Test
  void perActivityEstimatesAgreeWithR() {
    // Group 0 "Golf": g <- c(5, -2, 7) / 9; group 1 "Walking": w <- c(2, -7, 5, 1, 9, -4, 3, 6,
    // -11, 8, 10, 12) / 9
    double[] walking = {2, -7, 5, 1, 9, -4, 3, 6, -11, 8, 10, 12};
    double[] golf = {5, -2, 7};
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < walking.length; i++) {
      rows.add(
          i < golf.length
              ? Rows.activities(
                  "P" + i, new int[] {0, 1}, new double[] {golf[i] / 9, walking[i] / 9})
              : Rows.activities("P" + i, new int[] {1}, new double[] {walking[i] / 9}));
    }
    CohortFigures f =
        CohortStatistics.of(
            rows,
            0,
            List.of("Golf", "Walking", "Curling"),
            List.of(ActivityClass.FLAGGED, ActivityClass.LOW_IMPACT, ActivityClass.UNCLASSIFIED));
    assertEquals(2, f.activities().size(), "Curling has no patient with a difference");
    ActivityEffect g = f.activities().get(0);
    assertEquals("Golf", g.activity());
    assertEquals(ActivityClass.FLAGGED, g.activityClass());
    assertEquals(3, g.patients());
    assertEquals(0.41666666666666669, g.test().estimate(), EXACT); // r$estimate
    assertEquals(-0.22222222222222221, g.test().ciLow(), EXACT); // r$conf.int[1], level 0.75
    assertEquals(0.77777777777777779, g.test().ciHigh(), EXACT);
    ActivityEffect w = f.activities().get(1);
    assertEquals("Walking", w.activity());
    assertEquals(12, w.patients());
    assertEquals(56, w.test().statistic()); // r$statistic
    assertEquals(0.20361328125000017, w.test().pValue(), EXACT); // r$p.value
    assertEquals(0.3611111111111111, w.test().estimate(), EXACT); // r$estimate
    assertEquals(-0.22222222222222224, w.test().ciLow(), EXACT); // r$conf.int[1]
    assertEquals(0.83333333333333337, w.test().ciHigh(), EXACT); // r$conf.int[2]
  }

  @Test
  void respondersBySiteCountPatientsWithEnoughDataPerSiteWithTheSitelessLast() {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(Rows.patient("A" + i, i < 9 ? Status.IMPROVED : Status.WORSE, NA, "Riverside"));
    }
    for (int i = 0; i < 15; i++) {
      rows.add(Rows.patient("B" + i, i < 3 ? Status.IMPROVED : Status.UNCHANGED, NA, "Northgate"));
    }
    rows.add(Rows.patient("B-x", Status.INSUFFICIENT_DATA, NA, "Northgate"));
    rows.add(Rows.patient("C", Status.IMPROVED, NA, null));
    List<SiteResponders> sites = figures(rows, 0).sites();
    assertEquals(3, sites.size());
    assertEquals("Northgate", sites.get(0).site());
    // R: prop.test(3, 15, correct = FALSE)
    assertEquals(3, sites.get(0).responders().k());
    assertEquals(15, sites.get(0).responders().n());
    assertEquals(0.070475493469815575, sites.get(0).responders().low(), 1e-9);
    assertEquals(0.45185448715169346, sites.get(0).responders().high(), 1e-9);
    assertEquals("Riverside", sites.get(1).site());
    // R: prop.test(9, 20, correct = FALSE)
    assertEquals(0.25819785825562425, sites.get(1).responders().low(), 1e-9);
    assertEquals(0.65791465754965761, sites.get(1).responders().high(), 1e-9);
    assertNull(sites.get(2).site());
    assertEquals(1, sites.get(2).responders().n());
  }

  @Test
  void noSiteAtAllGivesNoSiteTable() {
    assertEquals(List.of(), figures(List.of(Rows.patient("P", Status.IMPROVED, NA)), 0).sites());
  }

  @Test
  void trajectoriesAverageEachPatientsWeeklyMeanWithRsQuartiles() {
    // week 0: w0 <- c(6, 7.5, 5, 8, 6.5, 7, 5.5, 9, 4, 6.25, 7.25, 8.5) / 1.1
    // week 1: w1 <- c(5, 6.5, 4) / 1.1 (the others have no pain that week or ended)
    double[] w0 = {6, 7.5, 5, 8, 6.5, 7, 5.5, 9, 4, 6.25, 7.25, 8.5};
    double[] w1 = {5, 6.5, 4};
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < w0.length; i++) {
      if (i < w1.length) {
        rows.add(Rows.weeks("P" + i, w0[i] / 1.1, w1[i] / 1.1));
      } else if (i == 5) {
        rows.add(Rows.weeks("P" + i, w0[i] / 1.1, NA, NA));
      } else {
        rows.add(Rows.weeks("P" + i, w0[i] / 1.1));
      }
    }
    List<WeekPain> weeks = figures(rows, 0).weeks();
    assertEquals(3, weeks.size());
    assertEquals(12, weeks.get(0).patients());
    assertEquals(6.0984848484848477, weeks.get(0).mean(), EXACT); // mean(w0)
    assertEquals(5.3409090909090908, weeks.get(0).q1(), EXACT); // quantile(w0, 0.25)
    assertEquals(6.9318181818181817, weeks.get(0).q3(), EXACT); // quantile(w0, 0.75)
    assertEquals(3, weeks.get(1).patients());
    assertEquals(4.6969696969696964, weeks.get(1).mean(), EXACT); // mean(w1)
    assertEquals(4.0909090909090908, weeks.get(1).q1(), EXACT);
    assertEquals(5.2272727272727266, weeks.get(1).q3(), EXACT);
    assertEquals(new WeekPain(2, 0, NA, NA, NA), weeks.get(2));
  }
}
