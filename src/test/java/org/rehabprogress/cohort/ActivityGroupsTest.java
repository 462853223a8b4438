package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.CatalogCsv;

class ActivityGroupsTest {

  private static ActivityLog names(String... names) {
    return new ActivityLog(
        0,
        new int[0],
        new int[0],
        new int[0],
        new double[0],
        new int[0],
        null,
        List.of(names),
        List.of(),
        1);
  }

  @Test
  void knownNamesGoByTheirCatalogActivityAndUnknownOnesByTheirFirstSpelling() {
    ActivityGroups groups =
        ActivityGroups.of(
            names(" Walk", "lap_swimming", "walking", "bog  snorkelling!", "Bog snorkelling"),
            CatalogCsv.builtin());
    assertEquals(List.of("Bog snorkelling", "Swimming", "Walking"), groups.names());
    assertEquals(
        List.of(ActivityClass.UNCLASSIFIED, ActivityClass.LOW_IMPACT, ActivityClass.LOW_IMPACT),
        groups.classes());
    assertEquals(
        List.of("Walking", "Swimming", "Walking", "Bog snorkelling", "Bog snorkelling"),
        groups.log().names());
    assertEquals(2, groups.indexOf("Walking"));
    assertEquals(-1, groups.indexOf("Walk"));
  }

  @Test
  void renamingNeedsOneNamePerCode() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> names("a", "b").withNames(List.of("a")));
    assertEquals("one name per code expected: 2, got 1", e.getMessage());
  }
}
