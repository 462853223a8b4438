package org.rehabprogress.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.NEUTRAL;
import static org.rehabprogress.catalog.ActivityClass.UNCLASSIFIED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityCatalogTest {

  private static CatalogEntry row(String activity, ActivityClass c, String... aliases) {
    return new CatalogEntry(activity, c, "why " + activity, List.of(aliases));
  }

  @Test
  void matchesNamesAndAliasesAfterFolding() {
    ActivityCatalog catalog =
        ActivityCatalog.of(List.of(row("Swimming", LOW_IMPACT, "lap swimming")));

    assertEquals(LOW_IMPACT, catalog.classify("HKWorkoutActivityTypeSwimming"));
    assertEquals(LOW_IMPACT, catalog.classify("lap_swimming"));
    assertEquals(LOW_IMPACT, catalog.classify("  LAP   Swimming. "));
    assertEquals("why Swimming", catalog.lookup("LapSwimming").reason());
  }

  @Test
  void laterRowWinsForAName() {
    ActivityCatalog catalog =
        ActivityCatalog.of(
            List.of(row("Yoga", LOW_IMPACT, "hatha"), row("yoga", FLAGGED), row("Golf", FLAGGED)));

    assertEquals(FLAGGED, catalog.classify("Yoga"));
    // The later row keeps the aliases it does not give away.
    assertEquals(FLAGGED, catalog.classify("hatha"));
    assertEquals(
        List.of(
            new CatalogEntry("yoga", FLAGGED, "why yoga", List.of("hatha")), row("Golf", FLAGGED)),
        catalog.entries());
  }

  @Test
  void laterRowWinsForAnAlias() {
    ActivityCatalog catalog =
        ActivityCatalog.of(
            List.of(row("Running", FLAGGED, "jogging", "jog"), row("Jog walk", NEUTRAL, "Jog")));

    assertEquals(NEUTRAL, catalog.classify("jog"));
    assertEquals(FLAGGED, catalog.classify("jogging"));
    assertEquals("Jog walk", catalog.lookup("JOG").activity());
  }

  @Test
  void movesAnAliasBetweenRows() {
    ActivityCatalog catalog =
        ActivityCatalog.of(
            List.of(
                row("Running", FLAGGED, "jogging", "sprint"),
                row("Walking", LOW_IMPACT, "walk"),
                row("Walking", LOW_IMPACT, "jogging")));

    assertEquals(LOW_IMPACT, catalog.classify("jogging"));
    assertEquals(
        List.of(row("Running", FLAGGED, "sprint"), row("Walking", LOW_IMPACT, "walk", "jogging")),
        catalog.entries());
  }

  @Test
  void dropsARowWhoseNameALaterRowTakesAsAlias() {
    ActivityCatalog catalog =
        ActivityCatalog.of(
            List.of(row("Swimming", LOW_IMPACT, "swim"), row("Pool time", NEUTRAL, "swimming")));

    assertEquals(NEUTRAL, catalog.classify("swimming"));
    assertEquals(List.of(row("Pool time", NEUTRAL, "swimming")), catalog.entries());
    assertEquals(UNCLASSIFIED, catalog.classify("swim"));
  }

  @Test
  void unknownNameIsUnclassified() {
    ActivityCatalog catalog = ActivityCatalog.of(List.of(row("Golf", FLAGGED)));

    assertEquals(UNCLASSIFIED, catalog.classify("Underwater basket weaving"));
    assertEquals(UNCLASSIFIED, catalog.classify(""));
    assertNull(catalog.lookup("Underwater basket weaving"));
  }

  @ParameterizedTest
  @CsvSource({
    "LOW_IMPACT, LOW_IMPACT",
    "FLAGGED, FLAGGED",
    "NEUTRAL, NEUTRAL",
    "UNCLASSIFIED, NEUTRAL"
  })
  void unclassifiedCountsAsNeutralInComparisons(ActivityClass c, ActivityClass expected) {
    assertEquals(expected, c.forComparison());
  }
}
