package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogEntry;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;

class ActivityNamingTest {

  private static final ActivityCatalog CATALOG = CatalogCsv.builtin();

  @TempDir Path dir;

  @Test
  void catalogNamesTheActivitiesItKnowsAndCommonUnknownNamesStay() throws Exception {
    StringBuilder activities = new StringBuilder("patient_id,date,activity,duration_min\n");
    for (int i = 0; i < 3; i++) {
      activities.append("P").append(i).append(",2026-09-01,Aqua zumba,30\n");
    }
    activities.append("P0,2026-09-02,HKWorkoutActivityTypeWalking,20\n");
    activities.append("P1,2026-09-02,walk,20\n");
    activities.append("P1,2026-09-03,Gardening with Anna,20\n");
    activities.append("P1,2026-09-04,Gardening with Anna,25\n");
    Dataset data =
        Inputs.read(
            dir, "activities.csv", activities.toString(), "symptoms.csv", "patient_id,date,pain\n");
    boolean[] exported = new boolean[data.patientIds().size()];
    Arrays.fill(exported, true);
    ActivityLog log = data.activities();
    ActivityNaming naming = ActivityNaming.of(log, CATALOG, exported, 3);
    assertEquals("Aqua zumba", naming.name(log.names().indexOf("Aqua zumba")));
    assertEquals("Walking", naming.name(log.names().indexOf("HKWorkoutActivityTypeWalking")));
    assertEquals("Walking", naming.name(log.names().indexOf("walk")));
    // Two entries, one patient: fewer than 3 patients.
    assertEquals(ActivityNaming.OTHER, naming.name(log.names().indexOf("Gardening with Anna")));
    assertEquals(2, naming.catalogNames());
    assertEquals(1, naming.kept());
    assertEquals(1, naming.replaced());

    exported[data.patientIds().indexOf("P2")] = false;
    ActivityNaming withoutP2 = ActivityNaming.of(log, CATALOG, exported, 3);
    assertEquals(ActivityNaming.OTHER, withoutP2.name(log.names().indexOf("Aqua zumba")));
  }

  @Test
  void everyCatalogNameClassifiesAsTheNamesItStandsFor() {
    for (CatalogEntry entry : CATALOG.entries()) {
      assertEquals(entry.activityClass(), CATALOG.classify(entry.activity()), entry.activity());
      for (String alias : entry.aliases()) {
        assertEquals(entry.activity(), CATALOG.lookup(alias).activity(), alias);
      }
    }
    assertEquals(ActivityClass.UNCLASSIFIED, CATALOG.classify(ActivityNaming.OTHER));
  }
}
