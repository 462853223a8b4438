package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsAnOrdinaryIdAsItIs() {
    assertEquals(List.of("P0001", "a_b-c.d"), FileNames.of(List.of("P0001", "a_b-c.d")));
  }

  @Test
  void tellsApartIdsThatDifferOnlyInCaseUpperCaseFirst() {
    assertEquals(List.of("ab~3", "AB", "x", "Ab~2"), FileNames.of(List.of("ab", "AB", "x", "Ab")));
  }

  @Test
  void givesDeviceNamesASuffix() {
    assertEquals(
        List.of("CON~1", "nul~1", "com1~1", "CONX"),
        FileNames.of(List.of("CON", "nul", "com1", "CONX")));
  }

  @Test
  void keepsDotIdsVisibleAndInsideTheirFolder() {
    assertEquals(List.of("~..", "~.", "~.a"), FileNames.of(List.of("..", ".", ".a")));
  }

  @Test
  void refusesWhatIsNotAPatientId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FileNames.of(List.of("../x")));
    assertEquals("not a patient id: \"../x\"", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FileNames.of(List.of("a", "a")));
  }
}
