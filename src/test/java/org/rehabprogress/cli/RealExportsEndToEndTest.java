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
}
