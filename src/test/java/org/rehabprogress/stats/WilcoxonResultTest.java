package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WilcoxonResultTest {

  @Test
  void rejectsANegativeCount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new WilcoxonResult(-1, 0, 1, 0, 0, 0, 0.95, true));
    assertEquals("n must be 0 or more, got -1", e.getMessage());
  }

  @Test
  void rejectsALevelOfOneOrMore() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new WilcoxonResult(3, 6, 1, 2, 1, 3, 1, true));
    assertEquals("confLevel must be in [0, 1), got 1.0", e.getMessage());
  }
}
