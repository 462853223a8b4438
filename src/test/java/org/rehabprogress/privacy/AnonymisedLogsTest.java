package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;

class AnonymisedLogsTest {

  // P00000 -> 4383d2e3544d0006 under this key (openssl, as in PseudonymTest).
  private static final PseudonymKey KEY = PseudonymTest.key("test-key-0123456789");

  @TempDir Path dir;

  @Test
  void writesASemicolonFileWithDecimalCommasAsCanonicalCommaText() throws Exception {
    Dataset data =
        Inputs.read(
            dir,
            "activities.csv",
            "patient_id;date;activity;duration_min;intensity\n"
                + "P00000;2026-09-01;Walking;12,5;6,5\n"
                + "P00000;2026-09-02;Walking;;Vigorous\n",
            "symptoms.csv",
            "patient_id;date;pain;sleep_hours\nP00000;2026-09-01;6,25;7,0\n");
    ExportPlan plan = ExportPlan.of(data, CatalogCsv.builtin(), KEY, DateRegime.STUDY, 11);
    StringWriter activities = new StringWriter();
    WrittenFile a = AnonymisedLogs.activities(plan, activities);
    assertEquals(
        "patient_id,date,activity,duration_min,intensity\n"
            + "4383d2e3544d0006,2000-01-01,Walking,12.5,6.5\n"
            + "4383d2e3544d0006,2000-01-02,Walking,,vigorous\n",
        activities.toString());
    assertEquals(new WrittenFile("activities.csv", 2, 0, 0, 0), a);
    StringWriter symptoms = new StringWriter();
    AnonymisedLogs.symptoms(plan, symptoms);
    assertEquals(
        "patient_id,date,pain,anxiety,gad7,sleep_hours,sleep_quality\n"
            + "4383d2e3544d0006,2000-01-01,6.25,,,7,\n",
        symptoms.toString());
  }

  @Test
  void keepsTheOutcomeMeasuresTheInputHas() throws Exception {
    // The five columns a copy has always had stay; leg_pain, odi and pgic are kept, in SPEC
    // order, because the input has them; peg is not written because it has no column.
    Dataset data =
        Inputs.read(
            dir,
            "activities.csv",
            "patient_id,date,activity,duration_min\n",
            "symptoms.csv",
            "patient_id,date,pgic,odi,leg_pain\nP00000,2026-09-01,2,44.5,7\n"
                + "P00000,2026-09-02,,,3\n");
    ExportPlan plan = ExportPlan.of(data, CatalogCsv.builtin(), KEY, DateRegime.STUDY, 11);
    StringWriter symptoms = new StringWriter();
    AnonymisedLogs.symptoms(plan, symptoms);
    assertEquals(
        "patient_id,date,pain,leg_pain,anxiety,gad7,sleep_hours,sleep_quality,odi,pgic\n"
            + "4383d2e3544d0006,2000-01-01,,7,,,,,44.5,2\n"
            + "4383d2e3544d0006,2000-01-02,,3,,,,,,\n",
        symptoms.toString());
  }

  @Test
  void marksEveryLaterRepeatOfADayAndOnlyThose() throws Exception {
    Dataset data =
        Inputs.read(
            dir,
            "activities.csv",
            "patient_id,date,activity,duration_min,notes\n"
                + "P00000,2026-09-01,walk,30,a\n"
                + "P00000,2026-09-01,Swimming,30,b\n"
                + "P00000,2026-09-01,Walking,30,c\n"
                + "P00000,2026-09-01,walking,30,d\n"
                + "P00000,2026-09-02,walking,30,e\n",
            "symptoms.csv",
            "patient_id,date,pain\n");
    ExportPlan plan = ExportPlan.of(data, CatalogCsv.builtin(), KEY, DateRegime.STUDY, 11);
    StringWriter out = new StringWriter();
    assertEquals(2, AnonymisedLogs.activities(plan, out).repeatsMarked());
    assertEquals(
        "patient_id,date,activity,duration_min,intensity,notes\n"
            + "4383d2e3544d0006,2000-01-01,Walking,30,,\n"
            + "4383d2e3544d0006,2000-01-01,Swimming,30,,\n"
            + "4383d2e3544d0006,2000-01-01,Walking,30,,entry 2\n"
            + "4383d2e3544d0006,2000-01-01,Walking,30,,entry 3\n"
            + "4383d2e3544d0006,2000-01-02,Walking,30,,\n",
        out.toString());
  }
}
