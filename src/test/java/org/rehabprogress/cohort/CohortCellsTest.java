package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.privacy.Cell;

/** The small-cell rules applied to the cohort's figures. */
class CohortCellsTest {

  private static final double NA = Double.NaN;

  private static CohortCells cells(List<CohortPatient> rows, int notAnalysed, int minCell) {
    return cells(rows, notAnalysed, minCell, List.of(), List.of(), Map.of());
  }

  private static CohortCells cells(
      List<CohortPatient> rows,
      int notAnalysed,
      int minCell,
      List<String> names,
      List<ActivityClass> classes,
      Map<String, Integer> unclassified) {
    List<NotAnalysed> missing = new ArrayList<>();
    for (int i = 0; i < notAnalysed; i++) {
      missing.add(new NotAnalysed("N" + i, NotAnalysed.Reason.NO_ENTRIES));
    }
    CohortResult result =
        new CohortResult(
            new CohortParameters(null, null, minCell),
            rows,
            missing,
            List.of(),
            unclassified,
            CohortStatistics.of(rows, notAnalysed, names, classes));
    return CohortCells.of(result);
  }

  /** Returns {@code improved} IMPROVED rows and {@code others} UNCHANGED rows at a site. */
  private static List<CohortPatient> responders(int improved, int others, String site) {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < improved + others; i++) {
      rows.add(Rows.patient(site + i, i < improved ? Status.IMPROVED : Status.UNCHANGED, NA, site));
    }
    return rows;
  }

  private static void assertPartHidden(ProportionCells p) {
    assertTrue(p.improved().suppressed(), "improved");
    assertTrue(p.share().suppressed(), "share");
    assertTrue(p.ciLow().suppressed(), "ci_low");
    assertTrue(p.ciHigh().suppressed(), "ci_high");
  }

  @Test
  void aSmallResponderCountHidesItsShareAndInterval() {
    CohortCells c = cells(responders(5, 35, "A"), 0, 11);
    assertEquals(Cell.of(40), c.responders().n());
    assertPartHidden(c.responders());
    assertEquals(Cell.of(40), c.respondersItt().n());
    assertPartHidden(c.respondersItt());
  }

  @Test
  void fewNonRespondersHideTheRespondersToo() {
    CohortCells c = cells(responders(33, 7, "A"), 0, 11);
    assertPartHidden(c.responders());
  }

  @Test
  void aSmallCountIsSmallAndTheCountThatWouldRevealOneIsComplementary() {
    // 5 of 40 improved: 5 is a small cell itself (<11)
    assertEquals(
        Cell.Hidden.SMALL, cells(responders(5, 35, "A"), 0, 11).responders().improved().hidden());
    // 120 of 122 improved: 120 is not small, but 122 - 120 = 2 did not improve: suppressed as
    // complementary, never <11 (SPEC section 5)
    CohortCells c = cells(responders(120, 2, "A"), 0, 11);
    assertEquals(Cell.Hidden.COMPLEMENTARY, c.responders().improved().hidden());
    assertEquals(Cell.Hidden.COMPLEMENTARY, c.responders().share().hidden());
    assertEquals(Cell.of(122), c.responders().n());
    // 0 of 40 improved: a count of 0 is shown
    CohortCells none = cells(responders(0, 40, "A"), 0, 11);
    assertEquals(Cell.of(0), none.responders().improved());
    assertEquals(Cell.of(0), none.responders().share());
  }

  @Test
  void theImprovedCountShownUnderIttWouldGiveAwayFewNonRespondersAmongThoseWithEnoughData() {
    // 12 of 20 improved leaves 8; under ITT 12 of 50 alone would be safe, but 20 - 12 follows.
    CohortCells c = cells(responders(12, 8, "A"), 30, 11);
    assertPartHidden(c.responders());
    assertEquals(Cell.of(50), c.respondersItt().n());
    assertPartHidden(c.respondersItt());
  }

  @Test
  void largeEnoughCellsAreShownAtFullPrecision() {
    CohortCells c = cells(responders(12, 18, "A"), 3, 11);
    assertEquals(Cell.of(12), c.responders().improved());
    assertEquals(Cell.of(0.4), c.responders().share());
    assertEquals(Cell.of(33), c.respondersItt().n());
    assertEquals(Cell.of(12.0 / 33), c.respondersItt().share());
    assertTrue(c.notAnalysed().suppressed(), "3 not analysed");
  }

  @Test
  void aCohortSmallerThanTheThresholdShowsNothing() {
    CohortCells c = cells(responders(4, 4, "A"), 0, 11);
    assertTrue(c.patients().suppressed());
    assertTrue(c.responders().n().suppressed());
    assertPartHidden(c.responders());
    assertTrue(c.respondersItt().n().suppressed());
  }

  @Test
  void theThresholdIsAParameter() {
    CohortCells c = cells(responders(4, 4, "A"), 0, 4);
    assertEquals(Cell.of(4), c.responders().improved());
    assertEquals("<4", c.rules().label());
  }

  @Test
  void anActivityEffectFromTooFewPatientsIsHiddenWhole() {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(Rows.patient("P" + i, Status.UNCHANGED, 0.5 + i / 10.0));
    }
    EffectCells ten = cells(rows, 0, 11).activityEffect();
    for (Cell cell :
        List.of(
            ten.n(), ten.estimate(), ten.ciLow(), ten.ciHigh(), ten.pValue(), ten.statistic())) {
      assertTrue(cell.suppressed());
    }
    assertEquals(null, ten.regime());
    rows.add(Rows.patient("P10", Status.UNCHANGED, 2.5));
    EffectCells eleven = cells(rows, 0, 11).activityEffect();
    assertEquals(Cell.of(11), eleven.n());
    assertTrue(eleven.estimate().shown());
    assertEquals("exact", eleven.regime());
  }

  @Test
  void activitiesOfTooFewPatientsAreLeftOutAndCounted() {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      rows.add(
          i < 10
              ? Rows.activities("P" + i, new int[] {0, 1}, new double[] {i + 1, -i - 1.5})
              : Rows.activities("P" + i, new int[] {1}, new double[] {-20}));
    }
    CohortCells c =
        cells(
            rows,
            0,
            11,
            List.of("Golf", "Walking"),
            List.of(ActivityClass.FLAGGED, ActivityClass.LOW_IMPACT),
            Map.of());
    assertEquals(1, c.activities().size());
    assertEquals("Walking", c.activities().get(0).activity());
    assertEquals(Cell.of(11), c.activities().get(0).patients());
    assertEquals(1, c.activitiesNotShown());
  }

  @Test
  void oneSuppressedSiteHidesTheNextSmallest() {
    List<CohortPatient> rows = new ArrayList<>(responders(12, 18, "A"));
    rows.addAll(responders(12, 13, "B"));
    rows.addAll(responders(2, 3, "C"));
    List<SiteCells> sites = cells(rows, 0, 11).sites();
    assertEquals(Cell.of(30), sites.get(0).responders().n());
    assertEquals(Cell.of(12), sites.get(0).responders().improved());
    assertTrue(sites.get(1).responders().n().suppressed(), "B, the next smallest");
    assertPartHidden(sites.get(1).responders());
    assertTrue(sites.get(2).responders().n().suppressed(), "C, 5 patients");
    assertTrue(sites.get(0).plotted());
    assertFalse(sites.get(1).plotted());
  }

  @Test
  void oneSuppressedImprovedCountHidesTheNextSmallestImprovedCount() {
    List<CohortPatient> rows = new ArrayList<>(responders(12, 18, "A"));
    rows.addAll(responders(5, 35, "B"));
    rows.addAll(responders(15, 20, "C"));
    List<SiteCells> sites = cells(rows, 0, 11).sites();
    for (SiteCells s : sites) {
      assertFalse(s.responders().n().suppressed(), s.site());
    }
    assertPartHidden(sites.get(0).responders()); // A: 12, the smallest shown improved count
    assertPartHidden(sites.get(1).responders()); // B: 5 improved
    assertEquals(Cell.of(15), sites.get(2).responders().improved());
  }

  @Test
  void aWeekWithFewPatientsIsHidden() {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      rows.add(i < 10 ? Rows.weeks("P" + i, 5, 4) : Rows.weeks("P" + i, 6));
    }
    List<WeekCells> weeks = cells(rows, 0, 11).weeks();
    assertEquals(Cell.of(11), weeks.get(0).patients());
    assertEquals(Cell.of(56 / 11.0), weeks.get(0).mean()); // (10 * 5 + 6) / 11
    assertTrue(weeks.get(1).patients().suppressed());
    assertTrue(weeks.get(1).mean().suppressed());
    assertTrue(weeks.get(1).q1().suppressed());
    assertTrue(weeks.get(1).q3().suppressed());
  }

  @Test
  void unclassifiedNamesOfFewPatientsAreCountedNotNamed() {
    CohortCells c =
        cells(
            responders(12, 18, "A"),
            0,
            11,
            List.of(),
            List.of(),
            Map.of("Bog snorkelling", 11, "Walking with Tom", 1));
    assertEquals(Map.of("Bog snorkelling", 11), c.unclassified());
    assertEquals(1, c.unclassifiedNotShown());
  }
}
