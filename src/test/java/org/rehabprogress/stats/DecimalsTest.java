package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decimal an input cell held, from the double the reader stored. */
class DecimalsTest {

  @ParameterizedTest
  @CsvSource({
    // as written, digits after the point, the exact value recovered
    "7, 0, 7",
    "7.50, 1, 15/2",
    "2.675, 3, 107/40", // binary 2.67499999..., recovered as the decimal 2.675
    "0.1, 1, 1/10",
    "1440, 0, 1440",
    "-0.755, 3, -151/200",
    "7.583333333333333, 15, 7583333333333333/1000000000000000", // a wearable's 16 digits
    "0.30000000000000004, 17, 7500000000000001/25000000000000000", // 0.1 + 0.2 as printed
    "123456789.123456, 6, 1929012330054/15625", // 123456789123456 / 10^6 in lowest terms
  })
  void recoversTheDecimalAsWritten(String written, int scale, String exact) {
    double x = Double.parseDouble(written);
    assertEquals(scale, Decimals.scale(x));
    assertEquals(Ratio.parse(exact), Ratio.ofInput(x));
  }

  @ParameterizedTest
  @CsvSource({"1.2345678901234567e-10", "4.9e-324"})
  void takesTheBinaryValueWhenNoLongDecimalReadsBack(String written) {
    double x = Double.parseDouble(written);
    assertEquals(-1, Decimals.scale(x));
    assertEquals(Ratio.of(new BigDecimal(x)), Ratio.ofInput(x));
  }
}
