package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "7",
        "7.5",
        "-0.755",
        "+3",
        "10.000",
        ".5",
        "5.",
        "0.1",
        "6.3",
        "2.675",
        "123456789012345678",
        "0.1234567890123456789",
        "1234567890.1234567890123",
        "00007.25"
      })
  void agreesWithParseDoubleOnPlainDecimals(String text) {
    assertEquals(Double.parseDouble(text), Numbers.parse(text, false));
  }

  @Test
  void agreesWithParseDoubleOnManyRandomDecimals() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      String text = random.nextInt(100_000) + "." + random.nextInt(1_000_000);
      assertEquals(Double.parseDouble(text), Numbers.parse(text, false), text);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".",
        "1e3",
        "NaN",
        "Infinity",
        "7d",
        "0x10",
        "1.2.3",
        "1,5",
        "7 5",
        "--1",
        "seven"
      })
  void refusesWhatIsNotAPlainDecimal(String text) {
    assertTrue(Double.isNaN(Numbers.parse(text, false)), text);
  }

  @Test
  void acceptsADecimalCommaOnlyWhenAsked() {
    assertEquals(7.5, Numbers.parse("7,5", true));
    assertEquals(7.5, Numbers.parse("7.5", true));
    assertTrue(Double.isNaN(Numbers.parse("7,5", false)));
    assertTrue(Double.isNaN(Numbers.parse("1,000,5", true)));
  }
}
