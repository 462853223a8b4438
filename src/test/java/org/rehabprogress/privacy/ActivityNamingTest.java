package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
  void catalogNamesTheActivitiesItKnowsAndEveryOtherNameIsUnclassified() throws Exception {
    StringBuilder activities = new StringBuilder("patient_id,date,activity,duration_min\n");
    // Free text shared by 30 patients is still free text: a date and a doctor's name.
    for (int i = 0; i < 30; i++) {
      activities
          .append("P")
          .append(i)
          .append(",2026-09-01,Clinic walk 14/09/2026 with Dr Jones,30\n");
    }
    activities.append("P0,2026-09-02,HKWorkoutActivityTypeWalking,20\n");
    activities.append("P1,2026-09-02,walk,20\n");
    activities.append("P1,2026-09-03,Gardening with Anna,20\n");
    Dataset data =
        Inputs.read(
            dir, "activities.csv", activities.toString(), "symptoms.csv", "patient_id,date,pain\n");
    ActivityLog log = data.activities();
    ActivityNaming naming = ActivityNaming.of(log, CATALOG);
    assertEquals(
        "unclassified", naming.name(log.names().indexOf("Clinic walk 14/09/2026 with Dr Jones")));
    assertEquals("Walking", naming.name(log.names().indexOf("HKWorkoutActivityTypeWalking")));
    assertEquals("Walking", naming.name(log.names().indexOf("walk")));
    assertEquals("unclassified", naming.name(log.names().indexOf("Gardening with Anna")));
  }

  @Test
  void everyCatalogNameClassifiesAsTheNamesItStandsFor() {
    for (CatalogEntry entry : CATALOG.entries()) {
      assertEquals(entry.activityClass(), CATALOG.classify(entry.activity()), entry.activity());
      for (String alias : entry.aliases()) {
        assertEquals(entry.activity(), CATALOG.lookup(alias).activity(), alias);
      }
    }
    assertEquals(ActivityClass.UNCLASSIFIED, CATALOG.classify(ActivityNaming.UNCLASSIFIED));
  }
}
