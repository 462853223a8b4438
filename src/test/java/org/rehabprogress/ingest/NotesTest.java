package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The notes of the rows that have any, found by row, moved up when rows are dropped. */
class NotesTest {

  private static final Notes NOTES =
      Notes.of(new String[] {null, "caf\u00e9", "", "x", null, "caf\u00e9", null}, 7);

  @Test
  void findsTheNotesOfARow() {
    assertNull(NOTES.get(0));
    assertEquals("caf\u00e9", NOTES.get(1));
    assertNull(NOTES.get(2), "an empty cell is no notes");
    assertEquals("x", NOTES.get(3));
    assertNull(NOTES.get(6));
  }

  @Test
  void comparesTheNotesOfTwoRows() {
    assertTrue(NOTES.same(1, 5));
    assertTrue(NOTES.same(0, 2), "neither has notes");
    assertEquals(false, NOTES.same(1, 3));
    assertEquals(false, NOTES.same(3, 4));
  }

  @Test
  void movesNotesUpWhenRowsAreDropped() {
    Notes kept = NOTES.without(new int[] {0, 3});
    assertEquals("caf\u00e9", kept.get(0));
    assertNull(kept.get(1));
    assertNull(kept.get(2), "row 3 was dropped with its notes");
    assertEquals("caf\u00e9", kept.get(3));
  }

  @Test
  void needsAscendingRows() {
    assertThrows(
        IllegalArgumentException.class, () -> new Notes(new int[] {3, 1}, new byte[][] {{1}, {2}}));
  }
}
