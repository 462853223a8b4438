package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.CatalogEntry;

class CatalogTableTest {

  @Test
  void alignsColumnsSortsByNameAndWrapsAliases() {
    ActivityCatalog catalog =
        ActivityCatalog.of(
            List.of(
                new CatalogEntry("Walking", LOW_IMPACT, "less jarring", List.of("walk")),
                new CatalogEntry("Golf", FLAGGED, "twists the spine", List.of()),
                new CatalogEntry(
                    "Aqua",
                    LOW_IMPACT,
                    "",
                    List.of("water aerobics", "aquafit", "water walking"))));

    List<String> lines = CatalogTable.lines(catalog, 60);

    assertEquals(
        List.of(
            "",
            "LOW_IMPACT (2 activities)",
            "  ACTIVITY  REASON            ALIASES",
            "  Aqua                        water aerobics, aquafit,",
            "                              water walking",
            "  Walking   less jarring      walk",
            "",
            "FLAGGED (1 activity)",
            "  ACTIVITY  REASON            ALIASES",
            "  Golf      twists the spine",
            "",
            "NEUTRAL (0 activities)"),
        lines);
  }

  @Test
  void wrapsOnlyBetweenAliases() {
    assertEquals(
        List.of("a, bb,", "a-very-long-alias,", "c"),
        CatalogTable.wrap(List.of("a", "bb", "a-very-long-alias", "c"), 6));
  }
}
