package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.Status;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.stats.WilcoxonResult;
import org.rehabprogress.stats.Wilson;

/**
 * The FBSS outcome panel across patients (SPEC 3c, 5): leg pain responders as the pain responders
 * with Wilson intervals, the ODI change by the signed-rank test, against R 4.2.2 ({@code
 * prop.test(k, n, correct = FALSE)}, {@code wilcox.test(x, conf.int = TRUE)}, printed with {@code
 * sprintf("%.17g", v)}), and both through the small-cell rules.
 */
class OutcomeFiguresTest {

  private static final double NA = Double.NaN;
  private static final double EXACT = 1e-12;

  // The ODI changes, each current - baseline: x <- c(-12, -8, -20, 5, -6, -14, -3, -10, 7, -16,
  // -4, -18, -1), no ties and no zeros, so R's exact test.
  private static final double[][] ODI = {
    {50.5, 38.5},
    {40, 32},
    {62, 42},
    {30, 35},
    {44.5, 38.5},
    {58, 44},
    {36, 33},
    {48, 38},
    {28, 35},
    {66, 50},
    {40, 36},
    {70, 52},
    {41, 40}
  };

  /**
   * 6 leg pain IMPROVED, 5 UNCHANGED, 2 WORSE, 2 INSUFFICIENT_DATA (15 with leg pain, 13 with
   * enough data), and 3 patients without leg pain, one of them IMPROVED on pain.
   */
  private static List<CohortPatient> legPainCohort() {
    List<CohortPatient> rows = new ArrayList<>();
    Status[] legs = {
      Status.IMPROVED,
      Status.IMPROVED,
      Status.IMPROVED,
      Status.IMPROVED,
      Status.IMPROVED,
      Status.IMPROVED,
      Status.UNCHANGED,
      Status.UNCHANGED,
      Status.UNCHANGED,
      Status.UNCHANGED,
      Status.UNCHANGED,
      Status.WORSE,
      Status.WORSE,
      Status.INSUFFICIENT_DATA,
      Status.INSUFFICIENT_DATA
    };
    for (int i = 0; i < legs.length; i++) {
      rows.add(Rows.outcomes("L" + i, Status.UNCHANGED, legs[i], NA, NA));
    }
    rows.add(Rows.outcomes("N1", Status.IMPROVED, null, NA, NA));
    rows.add(Rows.outcomes("N2", Status.UNCHANGED, null, NA, NA));
    rows.add(Rows.outcomes("N3", Status.WORSE, null, NA, NA));
    return rows;
  }

  private static OutcomeCells cells(List<CohortPatient> rows, int minCell) {
    CohortResult result =
        new CohortResult(
            new CohortParameters(null, null, minCell),
            rows,
            List.of(),
            List.of(),
            Map.of(),
            CohortStatistics.of(rows, 0, List.of(), List.of()));
    return CohortCells.of(result).outcomes();
  }

  private static CohortFigures figures(List<CohortPatient> rows) {
    return CohortStatistics.of(rows, 0, List.of(), List.of());
  }

  @Test
  void legPainRespondersAgreeWithR() {
    OutcomeFigures f = figures(legPainCohort()).outcomes();
    Wilson.Interval r = f.legPainResponders();
    // 6 of 13 with enough leg pain data: prop.test(6, 13, correct = FALSE)
    assertEquals(6, r.k());
    assertEquals(13, r.n());
    assertEquals(0.46153846153846156, r.share(), EXACT);
    assertEquals(0.23206067809538311, r.low(), EXACT);
    assertEquals(0.70856204285493984, r.high(), EXACT);
    // 6 of the 15 with leg pain, those without enough data as non-responders:
    // prop.test(6, 15, correct = FALSE)
    Wilson.Interval itt = f.legPainRespondersItt();
    assertEquals(15, itt.n());
    assertEquals(0.40000000000000002, itt.share(), EXACT);
    assertEquals(0.19824496141341583, itt.low(), EXACT);
    assertEquals(0.64253169879375394, itt.high(), EXACT);
  }

  @Test
  void odiChangeAgreesWithRsExactTest() {
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < ODI.length; i++) {
      rows.add(Rows.outcomes("P" + i, Status.UNCHANGED, null, ODI[i][0], ODI[i][1]));
    }
    rows.add(Rows.outcomes("baseline only", Status.UNCHANGED, null, 40, NA));
    OutcomeFigures f = figures(rows).outcomes();
    WilcoxonResult r = f.odiChange();
    assertEquals(13, f.odiPatients());
    assertEquals(13, r.n());
    assertTrue(r.exact());
    assertEquals(10, r.statistic()); // r$statistic
    assertEquals(0.010498046875000007, r.pValue(), EXACT); // r$p.value
    assertEquals(-8, r.estimate(), EXACT); // r$estimate
    assertEquals(-13, r.ciLow(), EXACT); // r$conf.int[1]
    assertEquals(-2.5, r.ciHigh(), EXACT); // r$conf.int[2]
  }

  @Test
  void anOdiChangeOfExactlyZeroIsDropped() {
    // 12 changes as above but the last; a 14th patient with 44.44 -> 44.44 is an exact zero:
    // R drops it (and takes the normal approximation, as with any zero)
    List<CohortPatient> rows = new ArrayList<>();
    for (int i = 0; i < ODI.length; i++) {
      rows.add(Rows.outcomes("P" + i, Status.UNCHANGED, null, ODI[i][0], ODI[i][1]));
    }
    rows.add(Rows.outcomes("zero", Status.UNCHANGED, null, 44.44, 44.44));
    OutcomeFigures f = figures(rows).outcomes();
    assertEquals(14, f.odiPatients());
    assertEquals(13, f.odiChange().n());
    assertFalse(f.odiChange().exact());
  }

  @Test
  void hidesSmallCellsByTheResponderRule() {
    // min-cell 11: 6 improved is a small cell, so the improved count and both shares are hidden;
    // the 13 and 15 are shown
    OutcomeCells cells = cells(legPainCohort(), 11);
    assertEquals(13.0, cells.legPainResponders().n().value());
    assertEquals(Cell.Hidden.SMALL, cells.legPainResponders().improved().hidden());
    assertEquals(Cell.Hidden.SMALL, cells.legPainResponders().share().hidden());
    assertEquals(15.0, cells.legPainRespondersItt().n().value());
    assertEquals(Cell.Hidden.SMALL, cells.legPainRespondersItt().improved().hidden());
    // no patient has an ODI change: a count of 0 is shown, the test has no figure
    assertEquals(0.0, cells.odiPatients().value());
    assertTrue(cells.odiChange().estimate().none());
  }

  @Test
  void showsTheResponderCellsAtALowerThreshold() {
    // min-cell 5: 6 improved, 7 not of 13 and 9 not of 15: none is 1-4, all shown
    OutcomeCells cells = cells(legPainCohort(), 5);
    assertEquals(6.0, cells.legPainResponders().improved().value());
    assertTrue(cells.legPainResponders().share().shown());
  }
}
