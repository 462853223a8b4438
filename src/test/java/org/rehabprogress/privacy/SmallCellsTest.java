package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallCellsTest {

  private static final SmallCells DEFAULT = new SmallCells(SmallCells.DEFAULT_MIN_CELL);

  @Test
  void labelIsTheThreshold() {
    assertEquals("<11", DEFAULT.label());
    assertEquals("<5", new SmallCells(5).label());
  }

  @ParameterizedTest(name = "{0} patients small: {1}")
  @CsvSource({"0, true", "1, true", "10, true", "11, false", "400, false"})
  void countsBelowTheThresholdAreSmall(int patients, boolean small) {
    assertEquals(small, DEFAULT.small(patients));
    // a count of 0 is shown (SPEC section 5): only 1 to 10 are small cells
    assertEquals(small && patients > 0, DEFAULT.count(patients).suppressed());
  }

  @ParameterizedTest(name = "tally {0} suppressed: {1}")
  @CsvSource({"0, false", "1, true", "10, true", "11, false"})
  void aTallyOfWhoIsInTheDataShowsZero(int patients, boolean suppressed) {
    assertEquals(suppressed, DEFAULT.tally(patients).suppressed());
  }

  @Test
  void aShownCountKeepsItsValue() {
    assertEquals(Cell.of(11), DEFAULT.count(11));
  }

  @Test
  void aFigureFromFewPatientsIsSuppressed() {
    assertEquals(Cell.SUPPRESSED, DEFAULT.figure(-0.42, 10));
    assertEquals(Cell.of(-0.42), DEFAULT.figure(-0.42, 11));
  }

  @ParameterizedTest(name = "{0} of {1} (of {2}): part hidden as {3}")
  @CsvSource({
    "5, 100, 100, SMALL", // few improved
    "95, 100, 100, COMPLEMENTARY", // few not improved: 100 - 95 could be worked out
    "120, 122, 122, COMPLEMENTARY", // 120 of 122 reveals 2: suppressed, never <11
    "11, 22, 22, ''",
    "10, 22, 22, SMALL",
    "12, 22, 22, COMPLEMENTARY", // 22 - 12 = 10 not improved
    "11, 10000, 10000, ''",
    "0, 50, 50, ''", // a count of 0 is shown
    "50, 50, 50, ''", // so is none who did not improve
    "0, 0, 0, ''",
    "8, 9, 9, SMALL", // the total itself is small
    "0, 9, 9, SMALL", // a count among a small total is computed from few patients
    "30, 45, 50, ''",
    "30, 40, 35, ''", // a second total below n is rejected
  })
  void hidesThePartWhenEitherSideOfATotalIsSmall(int k, int n, int total, String why) {
    if (total < n) {
      assertThrows(IllegalArgumentException.class, () -> DEFAULT.part(k, n, total));
      return;
    }
    Cell.Hidden expected = why.isEmpty() ? null : Cell.Hidden.valueOf(why);
    assertEquals(expected, DEFAULT.part(k, n, total));
  }

  @Test
  void hidesThePartAsComplementaryWhenOnlyTheSecondTotalRevealsIt() {
    // 40 of 40 with enough data improved (0 did not: shown); but of the 45 in the cohort (ITT) 5
    // did not, which 40 and 45 would reveal
    assertEquals(null, DEFAULT.part(40, 40));
    assertEquals(Cell.Hidden.COMPLEMENTARY, DEFAULT.part(40, 40, 45));
  }

  @Test
  void rejectsAPartLargerThanItsTotal() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.part(5, 4));
    assertEquals("need 0 <= k <= n, got k=5 n=4", e.getMessage());
  }

  @Test
  void oneHiddenCellHidesTheNextSmallest() {
    int[] counts = {40, 5, 25, 30};
    boolean[] hidden = {false, true, false, false};
    assertArrayEquals(new boolean[] {false, true, true, false}, DEFAULT.complement(counts, hidden));
    assertArrayEquals(new boolean[] {false, true, false, false}, hidden, "input kept");
  }

  @Test
  void twoHiddenCellsNeedNoMore() {
    int[] counts = {40, 5, 7, 30};
    boolean[] hidden = {false, true, true, false};
    assertArrayEquals(hidden, DEFAULT.complement(counts, hidden));
  }

  @Test
  void nothingHiddenStaysSo() {
    assertArrayEquals(
        new boolean[] {false, false}, DEFAULT.complement(new int[] {12, 30}, new boolean[2]));
  }

  @Test
  void equalSmallestCellsHideTheFirst() {
    assertArrayEquals(
        new boolean[] {true, true, false},
        DEFAULT.complement(new int[] {3, 20, 20}, new boolean[] {true, false, false}));
  }

  @Test
  void aLoneHiddenCellIsTheTotal() {
    assertArrayEquals(
        new boolean[] {true}, DEFAULT.complement(new int[] {4}, new boolean[] {true}));
  }

  @Test
  void rejectsMismatchedFlags() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DEFAULT.complement(new int[] {1, 2}, new boolean[1]));
    assertEquals("one flag per count expected", e.getMessage());
  }

  @Test
  void rejectsAThresholdBelowOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SmallCells(0));
    assertEquals("min-cell must be 1 or more, got 0", e.getMessage());
  }

  @Test
  void aSuppressedCellHoldsNoValue() {
    assertTrue(Cell.SUPPRESSED.suppressed());
    assertFalse(Cell.SUPPRESSED.shown());
    assertFalse(Cell.SUPPRESSED.none());
    assertTrue(Cell.of(Double.NaN).none());
    assertTrue(Cell.of(2.5).shown());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Cell(3, Cell.Hidden.SMALL));
    assertEquals("a hidden cell holds no value", e.getMessage());
    assertEquals("small", Cell.SUPPRESSED.hidden().word());
    assertEquals("complementary", Cell.COMPLEMENTARY.hidden().word());
  }
}
