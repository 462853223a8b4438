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
  void putsNotesGivenInAnyOrderByRow() {
    byte[] a = {'a'};
    byte[] b = {'b'};
    byte[] c = {'c'};
    Notes notes = Notes.inOrder(new int[] {7, 2, 5}, new byte[][] {a, b, c});
    assertEquals("b", notes.get(2));
    assertEquals("c", notes.get(5));
    assertEquals("a", notes.get(7));
    assertNull(notes.get(3));
    // Dropping row 2 moves rows 5 and 7 up by one: the order found above holds.
    assertEquals("c", notes.without(new int[] {2}).get(4));
    assertEquals(Notes.NONE, Notes.inOrder(new int[0], new byte[0][]));
  }

  @Test
  void needsAscendingRows() {
    assertThrows(
        IllegalArgumentException.class, () -> new Notes(new int[] {3, 1}, new byte[][] {{1}, {2}}));
  }
}
