package org.rehabprogress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A closed range of days. */
class WindowTest {

  private static final LocalDate FROM = LocalDate.parse("2026-09-17");
  private static final LocalDate TO = LocalDate.parse("2026-09-30");

  @Test
  void includesBothEnds() {
    Window w = new Window(FROM, TO);
    assertEquals(true, w.contains(FROM));
    assertEquals(true, w.contains(TO));
    assertEquals(false, w.contains(FROM.minusDays(1)));
    assertEquals(false, w.contains(TO.plusDays(1)));
  }

  @Test
  void refusesAnEndBeforeTheBeginning() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Window(TO, FROM));
    assertEquals("window ends 2026-09-17 before it begins 2026-09-30", e.getMessage());
  }
}
