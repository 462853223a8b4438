package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "01:32:43, 92.72",
    "1:05:00, 65.0",
    "45:30, 45.5",
    "00:28:26.5, 28.44",
    "24:00:00, 1440.0"
  })
  void readsClockTimesAsMinutes(String text, double minutes) {
    assertEquals(minutes, Durations.clock(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--", "", "1h 20m", "12", ":30"})
  void refusesOtherText(String text) {
    assertNull(Durations.clock(text));
  }
}
