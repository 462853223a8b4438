package org.rehabprogress.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;

class ExportPlanTest {

  private static final PseudonymKey KEY = PseudonymTest.key("test-key-0123456789");

  @TempDir Path dir;

  /** 11 patients at North, 10 at South, one at East: only North reaches the default 11. */
  private Dataset sites() throws Exception {
    StringBuilder patients = new StringBuilder("patient_id,treatment_start,site,sex\n");
    StringBuilder symptoms = new StringBuilder("patient_id,date,pain\n");
    for (int i = 0; i < 22; i++) {
      String id = String.format(java.util.Locale.ROOT, "P%02d", i);
      String site = i < 11 ? "North" : i < 21 ? "South" : "East";
      patients.append(id).append(",2026-09-01,").append(site).append(i < 11 ? ",F\n" : ",M\n");
      symptoms.append(id).append(",2026-09-01,5\n");
    }
    return Inputs.read(
        dir,
        "patients.csv",
        patients.toString(),
        "symptoms.csv",
        symptoms.toString(),
        "activities.csv",
        "patient_id,date,activity,duration_min\n");
  }

  @Test
  void codesASiteOfElevenPatientsAndDropsOneOfTen() throws Exception {
    ExportPlan plan =
        ExportPlan.of(sites(), CatalogCsv.builtin(), KEY, DateRegime.STUDY, MinCell.DEFAULT);
    // printf North | openssl dgst -sha256 -hmac test-key-0123456789 -> c761d7188684...
    assertEquals("site-c761d7", plan.site("North"));
    assertNull(plan.site("South"));
    assertNull(plan.site("East"));
    assertNull(plan.site(null));
    assertEquals(new Kept(1, 2), plan.shared().siteCounts());
    assertEquals("M", plan.sex("M"));
    assertEquals("F", plan.sex("F"));
    assertEquals(new Kept(2, 0), plan.shared().sexCounts());
  }

  @Test
  void codesSitesOfTenAtMinCellTen() throws Exception {
    ExportPlan plan = ExportPlan.of(sites(), CatalogCsv.builtin(), KEY, DateRegime.STUDY, 10);
    // printf South | openssl dgst -sha256 -hmac test-key-0123456789 -> 41406cb56543...
    assertEquals("site-41406c", plan.site("South"));
    assertEquals(new Kept(2, 1), plan.shared().siteCounts());
  }

  @Test
  void leavesOutAPatientWithoutStartAndOrdersTheRestByPseudonym() throws Exception {
    Dataset data =
        Inputs.read(
            dir,
            "patients.csv",
            "patient_id,treatment_start,birth_year\nP00000,,1961\nP00001,2026-09-01,1936\nP9,,\n",
            "symptoms.csv",
            "patient_id,date,pain\nP00000,2026-09-03,5\n",
            "activities.csv",
            "patient_id,date,activity,duration_min\n");
    ExportPlan plan = ExportPlan.of(data, CatalogCsv.builtin(), KEY, DateRegime.STUDY, 11);
    assertEquals(2, plan.patients());
    assertEquals(1, plan.leftOut());
    // P00000 -> 4383d2e3544d0006 and P00001 -> 7b7f660cd15d1229 (openssl, as in PseudonymTest).
    assertArrayEquals(new int[] {plan.code("P00000"), plan.code("P00001")}, plan.order());
    assertEquals("4383d2e3544d0006", plan.pseudonym(plan.code("P00000")));
    assertNull(plan.pseudonym(plan.code("P9")));
    assertEquals(-1, plan.code("P404"));
    // The first logged day is P00000's start; the year of start minus 1961 is 65.
    assertEquals(
        (int)
            (java.time.LocalDate.of(2000, 1, 1).toEpochDay()
                - java.time.LocalDate.of(2026, 9, 3).toEpochDay()),
        plan.offset(plan.code("P00000")));
    assertEquals("65-69", plan.ageBand(plan.code("P00000")));
    assertEquals("90+", plan.ageBand(plan.code("P00001")));
  }

  @Test
  void shiftsEachPatientByItsKeyedDays() throws Exception {
    Dataset data =
        Inputs.read(
            dir,
            "symptoms.csv",
            "patient_id,date,pain\nP00000,2026-09-03,5\nP00419,2026-09-03,5\n",
            "activities.csv",
            "patient_id,date,activity,duration_min\n");
    ExportPlan plan = ExportPlan.of(data, CatalogCsv.builtin(), KEY, DateRegime.SHIFT, 11);
    assertEquals(-28, plan.offset(plan.code("P00000")));
    assertEquals(-1, plan.offset(plan.code("P00419")));
    assertEquals(DateRegime.SHIFT, plan.regime());
    assertEquals(11, plan.minCell());
  }

  @Test
  void refusesAThresholdBelowOne() throws Exception {
    Dataset data = sites();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExportPlan.of(data, CatalogCsv.builtin(), KEY, DateRegime.STUDY, 0));
    assertEquals("min-cell must be at least 1: 0", e.getMessage());
  }
}
