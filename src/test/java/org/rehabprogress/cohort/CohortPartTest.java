package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.CatalogCsv;

/** The cohort of an input analysed in parts (as Spark's tasks do) is the cohort of the whole. */
class CohortPartTest {

  private static final CohortParameters WHOLE = CohortParameters.wholeLog();
  private static final ActivityCatalog CATALOG = CatalogCsv.builtin();

  @TempDir Path dir;

  /** Pain 5 on 30 days, but 8 the day after the first activity's days and 7 after the second's. */
  private static Folder patient(Folder f, String id, String first, String second) {
    return f.pain(id, "2026-01-01", 5, 5, 8, 5, 8, 5, 8, 5, 5, 5, 5, 7, 5, 7, 5, 7)
        .painDays(id, "2026-01-17", 14, 5)
        .activity(id, "2026-01-02", first)
        .activity(id, "2026-01-04", first)
        .activity(id, "2026-01-06", first)
        .activity(id, "2026-01-11", second)
        .activity(id, "2026-01-13", second)
        .activity(id, "2026-01-15", second);
  }

  private Folder folder(String name) throws Exception {
    return new Folder(Files.createDirectories(dir.resolve(name)));
  }

  @Test
  void theCohortOfPartsIsTheCohortOfTheWhole() throws Exception {
    // The unknown activity is spelled "bog  snorkelling" by P1 and "Bog snorkelling" by P2 and
    // P3: the whole input groups both under "Bog snorkelling" (the first spelling in text order),
    // which part a, holding only P1, cannot know. In part a the groups are Walking (0) and
    // "bog  snorkelling" (1); in the whole they are Bog snorkelling (0), Swimming (1), Walking (2):
    // P1's groups [0, 1] (differences from REST days 3 and 2) become [2, 0], listed as [0, 2] with
    // their differences swapped.
    Folder whole = folder("whole");
    patient(whole, "P1", "Walk", "bog  snorkelling");
    patient(whole, "P2", "Swimming", "Bog snorkelling");
    patient(whole, "P3", "Bog snorkelling", "Walking");
    Folder a = patient(folder("a"), "P1", "Walk", "bog  snorkelling");
    Folder b = folder("b");
    patient(b, "P3", "Bog snorkelling", "Walking");
    patient(b, "P2", "Swimming", "Bog snorkelling");

    CohortResult expected = CohortAnalysis.analyse(whole.read(), CATALOG, WHOLE);
    // Parts in any order: the patients come out in id order.
    CohortResult actual =
        CohortAnalysis.combine(
            WHOLE,
            CATALOG,
            List.of(
                CohortAnalysis.part(b.read(), CATALOG, WHOLE),
                CohortAnalysis.part(a.read(), CATALOG, WHOLE)));

    assertEquals(Map.of("Bog snorkelling", 3), actual.unclassified());
    assertEquals(expected.unclassified(), actual.unclassified());
    assertEquals(3, actual.patients().size());
    for (int i = 0; i < 3; i++) {
      CohortPatient e = expected.patients().get(i);
      CohortPatient p = actual.patients().get(i);
      assertEquals(e.summary(), p.summary());
      assertArrayEquals(e.weeklyPain(), p.weeklyPain());
      assertArrayEquals(e.activityGroups(), p.activityGroups());
      assertArrayEquals(e.differencesVsRest(), p.differencesVsRest());
    }
    CohortPatient p1 = actual.patients().get(0);
    assertEquals("P1", p1.patientId());
    assertArrayEquals(new int[] {0, 2}, p1.activityGroups());
    assertArrayEquals(new double[] {2, 3}, p1.differencesVsRest(), 1e-12);
    assertEquals(expected.figures(), actual.figures());
    assertEquals("Bog snorkelling", actual.figures().activities().get(0).activity());
  }

  @Test
  void refusesAPatientInTwoParts() throws Exception {
    Folder a = patient(folder("a"), "P1", "Walk", "Swimming");
    Folder b = patient(folder("b"), "P1", "Walk", "Swimming");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CohortAnalysis.combine(
                    WHOLE,
                    CATALOG,
                    List.of(
                        CohortAnalysis.part(a.read(), CATALOG, WHOLE),
                        CohortAnalysis.part(b.read(), CATALOG, WHOLE))));
    assertEquals("patient P1 is in two parts", e.getMessage());
  }
}
