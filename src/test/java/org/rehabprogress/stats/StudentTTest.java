package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The remembered t quantiles against R's {@code qt} (see {@link RVersion}). */
class StudentTTest {

  @ParameterizedTest(name = "qt(0.975, {0})")
  @CsvSource({
    // df, R: sprintf("%.17g", qt(0.975, df))
    "1, 12.706204736174694",
    "5, 2.5705818356363137",
    "19, 2.0930240544083092",
    "25, 2.0595385527532977",
    "295, 1.9680381148904691",
    "5000, 1.9604385517065075"
  })
  void agreesWithR(int df, double expected) {
    assertEquals(expected, StudentT.quantile975(df), 1e-14 * expected);
    // The second call reads the remembered value: the same bits.
    assertEquals(StudentT.quantile975(df), StudentT.quantile975(df), 0);
  }

  @Test
  void rejectsNoDegreesOfFreedom() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile975(0));
    assertEquals("degrees of freedom must be 1 or more, got 0", e.getMessage());
  }
}
