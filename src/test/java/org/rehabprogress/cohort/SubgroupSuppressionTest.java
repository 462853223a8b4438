package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.stats.PooledEffect;
import org.rehabprogress.stats.Wilson;

/**
 * The small-cell rules on the subgroups of {@code rehab cohort --by} (SPEC sections 5 and 11): a
 * small count is {@code <m}, and across subgroups every row and column of the table holds no hidden
 * count alone, so that none can be worked out from a total.
 */
class SubgroupSuppressionTest {

  private static final SmallCells ELEVEN = new SmallCells(11);
  private static final PooledEffect NONE = new PooledEffect.None(PooledEffect.Reason.NO_VALUES);

  private static SubgroupFigures row(
      List<String> values, int patients, int n, int improved, int adjusted) {
    return new SubgroupFigures(values, patients, Wilson.interval(improved, n), adjusted, NONE);
  }

  private static List<Cell.Hidden> why(List<SubgroupCells> cells, Function<SubgroupCells, Cell> c) {
    List<Cell.Hidden> why = new ArrayList<>();
    for (SubgroupCells g : cells) {
      why.add(c.apply(g).hidden());
    }
    return why;
  }

  private static final Cell.Hidden SMALL = Cell.Hidden.SMALL;
  private static final Cell.Hidden COMPLEMENTARY = Cell.Hidden.COMPLEMENTARY;

  @Test
  void hidesASmallSubgroupAndTheNextSmallestAgainstTheTotal() {
    List<SubgroupCells> cells =
        SubgroupSuppression.of(
            List.of(
                row(List.of("F"), 40, 28, 12, 25),
                row(List.of("M"), 25, 20, 12, 20),
                row(List.of("X"), 3, 3, 1, 0)),
            List.of("sex"),
            List.of(),
            ELEVEN);
    // X's 3 patients are a small cell; the cohort's 68 patients less F's 40 would give it, so M's
    // 25 (the smallest shown) is hidden too: 28 = M + X, split unknown.
    assertEquals(Arrays.asList(null, COMPLEMENTARY, SMALL), why(cells, SubgroupCells::patients));
    // Every figure of a hidden subgroup is hidden for the same reason; F's are shown: 40 - 28 = 12
    // without enough data, 28 - 12 = 16 not improved, 40 - 12 = 28 not improved (ITT), 40 - 25 =
    // 15 without an adjusted figure, none of them 1 to 10.
    assertEquals(Arrays.asList(null, COMPLEMENTARY, SMALL), why(cells, g -> g.responders().n()));
    assertEquals(
        Arrays.asList(null, COMPLEMENTARY, SMALL), why(cells, g -> g.responders().improved()));
    assertEquals(
        Arrays.asList(null, COMPLEMENTARY, SMALL), why(cells, g -> g.responders().share()));
    assertEquals(
        Arrays.asList(null, COMPLEMENTARY, SMALL), why(cells, SubgroupCells::adjustedPatients));
    assertEquals(40.0, cells.get(0).patients().value());
    assertEquals(12.0, cells.get(0).responders().improved().value());
    assertTrue(cells.get(2).adjusted(PooledEffect.Estimate::estimate).suppressed());
  }

  @Test
  void hidesACountThatWouldRevealASmallRestAndItsComplementAcrossSubgroups() {
    List<SubgroupCells> cells =
        SubgroupSuppression.of(
            List.of(
                row(List.of("F"), 40, 35, 20, 30),
                row(List.of("M"), 50, 38, 20, 45),
                row(List.of("X"), 60, 60, 58, 60)),
            List.of("sex"),
            List.of(),
            ELEVEN);
    assertEquals(Arrays.asList(null, null, null), why(cells, SubgroupCells::patients));
    // F: 40 patients and 35 with enough data would show the 5 without: complementary; then the
    // line of n holds one hidden count, so the smallest shown (M's 40) is hidden too.
    assertEquals(
        Arrays.asList(COMPLEMENTARY, COMPLEMENTARY, null), why(cells, g -> g.responders().n()));
    // Improved: F and M hidden with their n; X's 58 of 60 would show 2 not improved.
    assertEquals(
        Arrays.asList(COMPLEMENTARY, COMPLEMENTARY, COMPLEMENTARY),
        why(cells, g -> g.responders().improved()));
    // Adjusted: F 40 - 30 = 10 without (small rest), M 50 - 45 = 5 without; X 60 of 60 shown.
    assertEquals(
        Arrays.asList(COMPLEMENTARY, COMPLEMENTARY, null),
        why(cells, SubgroupCells::adjustedPatients));
  }

  /**
   * A cross table of sex by band, patients per cell:
   *
   * <pre>
   *        a    b    c
   *   F   20    3   30
   *   M   25   40   50
   * </pre>
   *
   * F-b is small. Its row and its column would give it from their margins (the F total of a run
   * {@code --by sex}, the b total of a run {@code --by age_band}), so the column's M-b and the
   * row's F-a are hidden, and then M-a, alone in column a. Only the c column stays.
   */
  @Test
  void hidesAcrossRowsAndColumnsOfACrossTable() {
    List<SubgroupFigures> rows = new ArrayList<>();
    int[][] counts = {{20, 3, 30}, {25, 40, 50}};
    String[] sex = {"F", "M"};
    String[] band = {"a", "b", "c"};
    for (int s = 0; s < 2; s++) {
      for (int b = 0; b < 3; b++) {
        int p = counts[s][b];
        rows.add(row(List.of(sex[s], band[b]), p, p, p / 2, p));
      }
    }
    List<SubgroupCells> cells =
        SubgroupSuppression.of(rows, List.of("sex", "band"), List.of(), ELEVEN);
    assertEquals(
        Arrays.asList(COMPLEMENTARY, SMALL, null, COMPLEMENTARY, COMPLEMENTARY, null),
        why(cells, SubgroupCells::patients));
    // With the margins F = 53, M = 115, a = 45, b = 43 and the shown 30 and 50: F-a + F-b = 23,
    // M-a + M-b = 65, F-a + M-a = 45, F-b + M-b = 43, one equation too few; F-b = 23 - F-a takes
    // every value from 0 to 23 (M-a = 45 - F-a, M-b = 20 + F-a stay at or above 0), so it is not
    // recoverable.
    for (int fa = 0; fa <= 23; fa++) {
      int fb = 23 - fa;
      int ma = 45 - fa;
      int mb = 65 - ma;
      assertTrue(fb >= 0 && ma >= 0 && mb >= 0 && fb + mb == 43);
    }
  }

  @Test
  void leavesNoLineOfAnyCountWithOneHiddenCellInRandomTables() {
    // Tables of one or two columns with random counts and missing combinations; each count's rows
    // and columns checked, and each shown count checked against the rules that concern it alone.
    Random random = new Random(18);
    for (int round = 0; round < 300; round++) {
      int columns = 1 + random.nextInt(2);
      List<SubgroupFigures> rows = new ArrayList<>();
      int first = 2 + random.nextInt(4);
      int second = columns == 1 ? 1 : 2 + random.nextInt(4);
      for (int a = 0; a < first; a++) {
        for (int b = 0; b < second; b++) {
          if (random.nextInt(6) == 0) {
            continue; // a combination no patient has
          }
          int patients = 1 + random.nextInt(60);
          int n = patients - random.nextInt(patients + 1);
          int improved = random.nextInt(n + 1);
          int adjusted = random.nextInt(patients + 1);
          List<String> values = columns == 1 ? List.of("v" + a) : List.of("v" + a, "w" + b);
          rows.add(row(values, patients, n, improved, adjusted));
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      List<String> by = columns == 1 ? List.of("x") : List.of("x", "y");
      List<SubgroupCells> cells = SubgroupSuppression.of(rows, by, List.of(), ELEVEN);
      List<int[]> lines = SubgroupSuppression.lines(rows, by.size());
      for (Function<SubgroupCells, Cell> count :
          List.<Function<SubgroupCells, Cell>>of(
              SubgroupCells::patients,
              g -> g.responders().n(),
              g -> g.responders().improved(),
              SubgroupCells::adjustedPatients)) {
        for (int[] line : lines) {
          if (line.length == 1) {
            continue; // its one cell is its total, shown or hidden by the cell's own rules
          }
          int hidden = 0;
          for (int i : line) {
            hidden += count.apply(cells.get(i)).suppressed() ? 1 : 0;
          }
          assertNotEquals(1, hidden, "round " + round + ": a line with one hidden count");
        }
      }
      for (int i = 0; i < rows.size(); i++) {
        SubgroupFigures f = rows.get(i);
        SubgroupCells g = cells.get(i);
        // No shown count is 1 to 10, and no shown pair of counts differs by 1 to 10.
        if (g.patients().shown()) {
          assertTrue(!ELEVEN.smallCell(f.patients()));
        }
        if (g.responders().n().shown()) {
          assertTrue(!ELEVEN.smallCell(f.responders().n()));
          assertTrue(!ELEVEN.smallCell(f.patients() - f.responders().n()));
        }
        if (g.responders().improved().shown()) {
          assertTrue(!ELEVEN.smallCell(f.responders().k()));
          assertTrue(!ELEVEN.smallCell(f.responders().n() - f.responders().k()));
          assertTrue(!ELEVEN.smallCell(f.patients() - f.responders().k()));
        }
        if (g.adjustedPatients().shown()) {
          assertTrue(!ELEVEN.smallCell(f.adjustedPatients()));
          assertTrue(!ELEVEN.smallCell(f.patients() - f.adjustedPatients()));
        }
      }
    }
  }

  /**
   * Sex by band where some combinations have no patient:
   *
   * <pre>
   *        a    b    c
   *   F   40    4   30
   *   M    -   25    -
   *   X   20   50    -
   * </pre>
   *
   * M-b is alone in row M and F-c alone in column c: each equals a total that a run {@code --by
   * sex} or {@code --by band} shows, so hiding either would protect nothing. Column b holds the
   * small F-b: X-b is hidden with it, not the smaller M-b. Row F: F-a, not the smaller F-c. Row X:
   * X-a. Then every line of two or more cells has two hidden. With the margins (F 74, X 70, a 60, b
   * 79) and the shown 30 and 25: F-a + F-b = 44, X-a + X-b = 70, F-a + X-a = 60, F-b + X-b = 54, so
   * F-b = 44 - F-a for any F-a from 0 to 44 (X-a = 60 - F-a, X-b = 10 + F-a).
   */
  @Test
  void neverHidesACellThatEqualsAMarginWhenAnotherWillDo() {
    List<SubgroupFigures> rows =
        List.of(
            row(List.of("F", "a"), 40, 40, 20, 40),
            row(List.of("F", "b"), 4, 4, 0, 4),
            row(List.of("F", "c"), 30, 30, 15, 30),
            row(List.of("M", "b"), 25, 25, 12, 25),
            row(List.of("X", "a"), 20, 20, 10, 20),
            row(List.of("X", "b"), 50, 50, 25, 50));
    List<SubgroupCells> cells =
        SubgroupSuppression.of(rows, List.of("sex", "band"), List.of(), ELEVEN);
    assertEquals(
        Arrays.asList(COMPLEMENTARY, SMALL, null, null, COMPLEMENTARY, COMPLEMENTARY),
        why(cells, SubgroupCells::patients));
  }
}
