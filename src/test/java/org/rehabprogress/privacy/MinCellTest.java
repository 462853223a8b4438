package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinCellTest {

  @Test
  void keepsValuesHeldByAtLeastElevenPatientsByDefault() {
    assertEquals(11, MinCell.DEFAULT);
    assertEquals(
        Set.of("North", "South"),
        MinCell.kept(Map.of("North", 11, "South", 40, "East", 10, "West", 1), MinCell.DEFAULT));
  }

  @Test
  void keepsEveryValueAtOne() {
    assertEquals(Set.of("East", "West"), MinCell.kept(Map.of("East", 1, "West", 2), 1));
  }

  @Test
  void refusesAThresholdBelowOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MinCell.kept(Map.of(), 0));
    assertEquals("min-cell must be at least 1: 0", e.getMessage());
  }
}
