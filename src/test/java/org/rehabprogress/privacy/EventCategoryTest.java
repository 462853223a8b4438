package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCategoryTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "medication change|medication change",
        "  Medication Change  |medication change",
        "medication change: naproxen stopped|medication change",
        "medication change : pregabalin 75 mg, twice daily|medication change",
        "Physiotherapy start|physiotherapy start",
        "injection|injection",
        "epidural steroid injection, L5/S1|event",
        "injection at St Anne's by Dr Jones on 2026-03-04|event",
        "medication changes|event",
        "did not attend follow-up|did not attend follow-up",
        "back to work, reduced hours|event",
        "back to work: reduced hours|back to work",
        "call from John Smith|event"
      })
  void keepsOnlyAFixedCategoryOrTheWordEvent(String text, String cell) {
    assertEquals(cell, EventCategory.of(text));
  }
}
