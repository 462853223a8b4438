package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabprogress.privacy.Cell;
import org.rehabprogress.privacy.SmallCells;

/** Figures across patients as text: suppressed, none, and each kind of value. */
class CohortCellTextTest {

  private static final SmallCells RULES = new SmallCells(11);

  @Test
  void aSuppressedCellShowsTheThresholdWhateverItsKind() {
    assertEquals("<11", CohortCellText.count(Cell.SUPPRESSED, RULES));
    assertEquals("<11", CohortCellText.points(Cell.SUPPRESSED, RULES));
    assertEquals("<11", CohortCellText.share(Cell.SUPPRESSED, RULES));
    assertEquals("<11", CohortCellText.percent(Cell.SUPPRESSED, RULES));
    assertEquals("<11", CohortCellText.pValue(Cell.SUPPRESSED, RULES));
    assertEquals("<11", CohortCellText.statistic(Cell.SUPPRESSED, RULES));
    assertEquals("<5", CohortCellText.count(Cell.SUPPRESSED, new SmallCells(5)));
  }

  @Test
  void noneIsEmpty() {
    assertEquals("", CohortCellText.points(Cell.of(Double.NaN), RULES));
    assertEquals("", CohortCellText.count(Cell.of(Double.NaN), RULES));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // value, points, share, p-value, percent
    "0.375, 0.38, 0.3750, 0.3750, 37.5%",
    "0.21159367559548778, 0.21, 0.2116, 0.2116, 21.2%",
    "0.026115521593656037, 0.03, 0.0261, 0.02612, 2.6%"
  })
  void valuesArePrintedByKind(
      double value, String points, String share, String pValue, String percent) {
    assertEquals(points, CohortCellText.points(Cell.of(value), RULES));
    assertEquals(share, CohortCellText.share(Cell.of(value), RULES));
    assertEquals(pValue, CohortCellText.pValue(Cell.of(value), RULES));
    assertEquals(percent, CohortCellText.percent(Cell.of(value), RULES));
  }

  @Test
  void countsAndStatisticsAreWhole() {
    assertEquals("8728", CohortCellText.count(Cell.of(8728), RULES));
    assertEquals("276", CohortCellText.statistic(Cell.of(276), RULES));
    assertEquals("180.5", CohortCellText.statistic(Cell.of(180.5), RULES));
    assertEquals("36427321", CohortCellText.statistic(Cell.of(36427321), RULES));
  }

  @Test
  void tinyPValuesShowAsBelowTheirPrecision() {
    assertEquals("<0.0001", CohortCellText.pValue(Cell.of(2.38e-7), RULES));
    assertEquals("0.0001000", CohortCellText.pValue(Cell.of(1e-4), RULES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "tr", "fr"})
  void nothingDependsOnTheDefaultLocale(String language) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(language));
      assertEquals("0.02612", CohortCellText.pValue(Cell.of(0.026115521593656037), RULES));
      assertEquals("1.50", CohortCellText.points(Cell.of(1.4952241161616162), RULES));
      assertEquals("32.1%", CohortCellText.percent(Cell.of(9 / 28.0), RULES));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aComplementaryCellSaysSuppressedAndNeverTheThreshold() {
    assertEquals("suppressed", CohortCellText.count(Cell.COMPLEMENTARY, RULES));
    assertEquals("suppressed", CohortCellText.percent(Cell.COMPLEMENTARY, RULES));
  }

  @Test
  void theCsvCellIsEmptyWithItsReasonBeside() {
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new String[] {"", "small"}, CohortCellText.csv(Cell.SUPPRESSED, "<11"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new String[] {"", "complementary"}, CohortCellText.csv(Cell.COMPLEMENTARY, "x"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new String[] {"0.38", ""}, CohortCellText.csv(Cell.of(0.375), "0.38"));
  }

  @Test
  void aPercentIsTheShareRoundedAtThreeDecimals() {
    // 47 / 2000 = 0.0235 exactly: 2.35 %, shown 2.4% (half away from zero)
    assertEquals("2.4%", CohortCellText.percent(Cell.of(47 / 2000.0), RULES));
    assertEquals("37.5%", CohortCellText.percent(Cell.of(0.375), RULES));
    assertEquals("100.0%", CohortCellText.percent(Cell.of(1), RULES));
    assertEquals("0.0%", CohortCellText.percent(Cell.of(0), RULES));
  }
}
