package org.rehabprogress.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogMatchesTest {

  private static final ActivityCatalog CATALOG =
      ActivityCatalog.of(
          List.of(
              new CatalogEntry(" Walking ", ActivityClass.LOW_IMPACT, "gentle", List.of("walk")),
              new CatalogEntry("Swimming", ActivityClass.LOW_IMPACT, "gentle", List.of("swim")),
              new CatalogEntry("Golf", ActivityClass.FLAGGED, "twists", List.of())));

  @Test
  void namesOfOneCatalogActivityShareARankAndTheCatalogsName() {
    CatalogMatches m =
        CatalogMatches.of(
            List.of("Walk", "HKWorkoutActivityTypeWalking", "walking", "lap_swim", "Swim"),
            CATALOG);
    assertEquals(5, m.size());
    assertEquals(m.rank(0), m.rank(1));
    assertEquals(m.rank(0), m.rank(2));
    // "lap_swim" is not an alias: unknown, by its own key.
    assertNull(m.catalogActivity(3));
    assertNotEquals(m.rank(3), m.rank(4));
    // The catalog's name, surrounding space removed, whichever spelling was logged.
    assertEquals("Walking", m.catalogActivity(0));
    assertEquals("Walking", m.catalogActivity(1));
    assertEquals("Swimming", m.catalogActivity(4));
  }

  @Test
  void unknownNamesGoByTheirMatchingKeyAndRanksFollowTheKeys() {
    CatalogMatches m =
        CatalogMatches.of(
            List.of("Zumba", "bog  snorkelling!", "Golf", "Bog Snorkelling", "zumba "), CATALOG);
    assertEquals(m.rank(1), m.rank(3));
    assertEquals(m.rank(0), m.rank(4));
    assertNull(m.catalogActivity(1));
    // keys in order: "bog snorkelling" < "golf" < "zumba"
    assertTrue(m.rank(1) < m.rank(2));
    assertTrue(m.rank(2) < m.rank(0));
    assertEquals(
        List.of(2, 0, 1, 0, 2), List.of(m.rank(0), m.rank(1), m.rank(2), m.rank(3), m.rank(4)));
  }

  @Test
  void anEmptyCatalogMatchesByKeyAlone() {
    CatalogMatches m =
        CatalogMatches.of(List.of("Walk", "Walking", "walking"), ActivityCatalog.of(List.of()));
    assertNotEquals(m.rank(0), m.rank(1));
    assertEquals(m.rank(1), m.rank(2));
    assertNull(m.catalogActivity(1));
  }
}
