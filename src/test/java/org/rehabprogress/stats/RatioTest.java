package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact fractions, and the doubles they hand out. */
class RatioTest {

  @Test
  void addsSubtractsMultipliesAndDividesExactly() {
    Ratio a = Ratio.of(1, 3);
    Ratio b = Ratio.of(1, 6);
    assertEquals(Ratio.of(1, 2), a.plus(b));
    assertEquals(Ratio.of(1, 6), a.minus(b));
    assertEquals(Ratio.of(1, 18), a.times(b));
    assertEquals(Ratio.of(2), a.divide(b));
    assertEquals(Ratio.of(-100, 3), a.times(-100));
    assertEquals(Ratio.of(1, 12), a.divide(4));
    assertEquals("-399/200", Ratio.of(-1995, 1000).toString());
    assertEquals(Ratio.parse("-399/200"), Ratio.of(-1995, 1000));
    assertEquals(Ratio.parse("7"), Ratio.of(14, 2));
  }

  @Test
  void movesToBigIntegersRatherThanOverflow() {
    Ratio big = Ratio.of(Long.MAX_VALUE, 3).plus(Ratio.of(Long.MAX_VALUE, 7));
    // (7 + 3) * (2^63 - 1) / 21, and 2^63 - 1 = 7 * 1317624576693539401: 13176245766935394010/3
    assertEquals(
        BigInteger.valueOf(1317624576693539401L).multiply(BigInteger.TEN) + "/3", big.toString());
    assertEquals(Ratio.of(Long.MAX_VALUE, 21).times(10), big);
    Ratio huge = Ratio.of(Long.MAX_VALUE).times(Long.MAX_VALUE);
    assertEquals(Ratio.of(Long.MAX_VALUE), huge.divide(Ratio.of(Long.MAX_VALUE)));
    assertEquals(1, huge.compareTo(Ratio.of(Long.MAX_VALUE)));
  }

  @Test
  void equalValuesAreEqualWhateverTheirForm() {
    assertEquals(Ratio.of(1, 2), Ratio.of(2, 4));
    assertEquals(Ratio.of(1, 2).hashCode(), Ratio.of(2, 4).hashCode());
    assertEquals(Ratio.of(1, 2).toDouble(), Ratio.of(50, 100).toDouble());
    assertNotEquals(Ratio.of(1, 3), Ratio.of(333, 1000));
    assertThrows(ArithmeticException.class, () -> Ratio.of(1, 0));
  }

  @ParameterizedTest
  @CsvSource({
    // exact value as num/den, decimals, as shown: the rounding of the exact value
    "-1995, 1000, 2, -2.00", // exactly -1.995: half away from zero
    "1995, 1000, 2, 2.00",
    "2675, 1000, 2, 2.68",
    "100499999999999999, 100000000000000000, 2, 1.00", // below 1.005 by 1e-17: the double
    // nearest is the one shown as 1.005, which alone would print 1.01
    "100500000000000001, 100000000000000000, 2, 1.01",
    "249999999999999999, 100000000000000000, 0, 2", // 2.49999999999999999, nearest shows 2.5
    "-249999999999999999, 100000000000000000, 0, -2",
    "12345, 100000, 4, 0.1235",
    "123449999999999999, 1000000000000000000, 4, 0.1234", // just under 0.12345
    "1, 3, 2, 0.33",
    "0, 7, 2, 0.00",
  })
  void handsOutADoubleThatPrintsAsTheExactValueRounds(
      long num, long den, int decimals, String shown) {
    Ratio r = Ratio.of(num, den);
    double d = r.toDouble();
    assertEquals(shown, Round.format(d, decimals));
    for (int k = 0; k <= Round.FAITHFUL_DECIMALS; k++) {
      assertEquals(
          new java.math.BigDecimal(r.roundedUnits(k), k).toPlainString(),
          Round.format(d, k),
          "at " + k + " decimals");
    }
    // within two ulps of the nearest double
    assertEquals(r.nearest(), d, 2 * Math.ulp(d));
  }

  @Test
  void zeroIsPositiveZero() {
    assertEquals(0L, Double.doubleToRawLongBits(Ratio.of(0, -5).toDouble()));
    assertEquals(0L, Double.doubleToRawLongBits(Ratio.of(-1, 3).plus(Ratio.of(1, 3)).toDouble()));
  }

  @ParameterizedTest
  @CsvSource({
    // variance num/den, decimals, the square root as shown
    "1, 4, 0, 1", // sqrt(0.25) = 0.5: half away from zero
    "25, 1000000, 2, 0.01", // sqrt(0.000025) = 0.005
    "24999999999999999, 100000000000000000, 0, 0", // just under 0.25: the root is under 0.5
    "2, 1, 4, 1.4142",
  })
  void takesSquareRootsThatPrintAsTheExactRootRounds(
      long num, long den, int decimals, String shown) {
    assertEquals(shown, Round.format(Ratio.of(num, den).sqrtToDouble(), decimals));
  }
}
