package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.ProjectRoot;

/**
 * The real exports of {@code ../shared/realdata} end to end: import, validate, report. Every row
 * the import writes is accepted, the report is written with no reject, and no activity name is left
 * UNCLASSIFIED. Each case is skipped when its export is absent.
 */
class RealExportsEndToEndTest {

  private static final Path REAL = ProjectRoot.realData();

  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource({
    // format, export, patient id, activities, symptoms, patients (-1: no file): the counts of
    // RealDataImportTest and importer.RealExportsTest.
    "apple-health, apple-health/export.xml, hk, 61, 63, -1",
    "fitbit, fitbit-export-pmdata, '', 732, 974, -1",
    "fitbit, fitbit-fitabase, '', 0, 410, -1",
    "garmin, garmin/activities.csv, gc, 160, 0, -1",
    "synthea, synthea, '', 0, 915, 59",
    "fhir, synthea/fhir, '', 0, 65, 6"
  })
  void importsValidatesAndReports(
      String format,
      String relative,
      String patientId,
      long activities,
      long symptoms,
      long patients)
      throws Exception {
    Path source = REAL.resolve(relative);
    assumeTrue(Files.exists(source), "real data absent: " + source);
    Path folder = temp.resolve("canonical");

    Run imported = ImportAndValidate.importInto(folder, format, source, patientId);
    assertEquals(0, imported.exit(), imported.err());
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("activities.csv", activities);
    rows.put("symptoms.csv", symptoms);
    if (patients >= 0) {
      rows.put("patients.csv", patients);
    }
    ImportAndValidate.assertValidates(folder, rows);

    Path report = temp.resolve("report");
    Run reported =
        Run.of(
            "report",
            "--in",
            folder.toString(),
            "--out",
            report.toString(),
            "--as-of",
            "2026-12-06",
            "--quiet");

    assertEquals(0, reported.exit(), reported.out() + reported.err());
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    JsonNode quality = json.path("data_quality");
    assertEquals(0, quality.path("unclassified_activities").size(), quality.toString());
    assertEquals(0, quality.path("rejected_rows").asLong(), quality.toString());
    assertTrue(json.path("patients").size() > 0, json.path("patients").toString());
  }

  @Test
  void countsSyntheasCsvAndItsFhirBundlesAsOneSetOfObservations() throws Exception {
    Path csv = REAL.resolve("synthea");
    Path fhir = REAL.resolve("synthea/fhir");
    assumeTrue(Files.exists(fhir), "real data absent: " + fhir);
    Path folder = temp.resolve("canonical");
    assertEquals(0, ImportAndValidate.importInto(folder, "synthea", csv, "").exit());

    // The CSV's times are UTC, dated in UTC; the bundles write the same instants in their own
    // offset (-07:00, -08:00), so an evening observation falls a day earlier there: 2021-08-23
    // 03:26:50Z is 2021-08-22 20:26:50-07:00.
    Run second = ImportAndValidate.importInto(folder, "fhir", fhir, "");

    assertEquals(0, second.exit(), second.err());
    // The bundles' 59 pain and 6 GAD-7 observations and 6 patients are the CSV's, by instant;
    // their 1,299 other entries are skipped.
    assertEquals(
        List.of(
            "  records: 1,370 read = 0 imported + 0 rejected + 1,299 skipped + 71 duplicates",
            "  activities.csv: 0 added, 0 duplicates",
            "  symptoms.csv: 0 added, 65 duplicates",
            "  patients.csv: 0 added, 6 duplicates"),
        second.out().lines().toList().subList(2, 6));
  }

  @Test
  void givesSyntheasPegScoresTheirOutcomePanelFigures() throws Exception {
    Path csv = REAL.resolve("synthea");
    assumeTrue(Files.exists(csv), "real data absent: " + csv);
    Path folder = temp.resolve("canonical");
    assertEquals(0, ImportAndValidate.importInto(folder, "synthea", csv, "").exit());
    Path cohort = temp.resolve("cohort");
    Run run =
        Run.of("cohort", "--in", folder.toString(), "--out", cohort.toString(), "--per-patient");
    assertEquals(0, run.exit(), run.out() + run.err());
    List<String> header =
        List.of(Files.readAllLines(cohort.resolve("per_patient.csv")).get(0).split(","));
    Map<String, String> row = new LinkedHashMap<>();
    for (String line : Files.readAllLines(cohort.resolve("per_patient.csv"))) {
      if (line.startsWith("e8d8c51a-")) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), cells[i]);
        }
      }
    }
    // treatment_start 2014-02-01; pain on 02-05, 02-08, 02-11 and 02-14 of the 14-day baseline
    // window: (6.4 + 4.1 + 3.1 + 3.2) / 4 = 4.2; PEG (91148-7) once in 02-01 .. 02-28: 8.5333
    // on 02-02, one score enough (SPEC 3c), shown 8.53. The end is the last entry, 2021-12-17:
    // no PEG in the 28 days before it, so no current PEG; no leg pain, ODI, PGIC or medication
    // row: those cells are empty (the MME unknown, not 0).
    assertEquals("4.20", row.get("pain_baseline"));
    assertEquals("8.53", row.get("peg_baseline"));
    assertEquals("", row.get("peg_current"));
    assertEquals("", row.get("leg_pain_status"));
    assertEquals("", row.get("odi_baseline"));
    assertEquals("", row.get("pgic_latest"));
    assertEquals("", row.get("mme_baseline"));
    assertEquals("", row.get("mme_current"));
  }
}
