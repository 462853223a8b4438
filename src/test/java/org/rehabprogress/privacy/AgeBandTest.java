package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

  @ParameterizedTest
  @CsvSource({
    "2026, 2026, 0-4",
    "2022, 2026, 0-4",
    "2021, 2026, 5-9",
    "1966, 2026, 60-64",
    "1962, 2026, 60-64",
    "1961, 2026, 65-69",
    "1937, 2026, 85-89",
    "1936, 2026, 90+",
    "1935, 2026, 90+",
    "1900, 2100, 90+"
  })
  void bandsTheStartYearMinusTheBirthYear(int birthYear, int startYear, String band) {
    assertEquals(band, AgeBand.of(birthYear, startYear));
  }

  @Test
  void hasNoBandForABirthAfterTheStart() {
    assertNull(AgeBand.of(2027, 2026));
  }
}
