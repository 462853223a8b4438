package org.rehabprogress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ProjectRoot;
import org.rehabprogress.cli.Main;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The researchers' tables (SPEC section 11) equal the CSV files {@code rehab cohort} writes with
 * the same options, cell by cell: a number as the same number, a missing value as an empty cell.
 */
class CohortTablesTest {

  private static final String[] OPTIONS = {"--by", "sex,age_band", "--min-cell", "5"};

  @TempDir static Path dir;

  private static Path out;
  private static CohortTables tables;

  @BeforeAll
  static void run() throws Exception {
    out = dir.resolve("cohort");
    List<String> args =
        new ArrayList<>(
            List.of(
                "cohort",
                "--in",
                ProjectRoot.sampleData().toString(),
                "--out",
                out.toString(),
                "--per-patient",
                "--panel"));
    args.addAll(List.of(OPTIONS));
    args.add("--quiet");
    assertEquals(0, Main.commandLine().execute(args.toArray(String[]::new)));
    tables = CohortTables.of(ProjectRoot.sampleData(), OPTIONS);
  }

  private static List<CSVRecord> read(String file) throws Exception {
    try (Reader r = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.parse(r).getRecords();
    }
  }

  /** Checks that a table holds a CSV file's header and cells. */
  private static void assertTableEqualsCsv(Table table, String file) throws Exception {
    List<CSVRecord> csv = read(file);
    List<String> header = csv.get(0).toList();
    assertEquals(header, table.columnNames(), file + ": columns");
    assertEquals(csv.size() - 1, table.rowCount(), file + ": rows");
    for (int r = 1; r < csv.size(); r++) {
      for (int c = 0; c < header.size(); c++) {
        String cell = csv.get(r).get(c);
        Column<?> column = table.column(c);
        String where = file + " row " + r + " column " + header.get(c);
        if (cell.isEmpty()) {
          assertTrue(column.isMissing(r - 1), where + ": missing");
          continue;
        }
        Object value = column.get(r - 1);
        if (value instanceof Number number && cell.equals("<0.0001")) {
          // A p-value the file prints as <0.0001: the table holds the value itself.
          assertTrue(number.doubleValue() < 0.0001, where);
        } else if (value instanceof Number number) {
          assertEquals(Double.parseDouble(cell), number.doubleValue(), where);
        } else {
          // A text cell that begins with a formula character carries a ' in the CSV only.
          String text = String.valueOf(value);
          assertEquals(cell.startsWith("'") ? cell.substring(1) : cell, text, where);
        }
      }
    }
  }

  @Test
  void perPatientTableEqualsPerPatientCsv() throws Exception {
    Table table = tables.perPatient();
    assertEquals(40, table.rowCount(), "the sample's 40 patients");
    assertTableEqualsCsv(table, "per_patient.csv");
    assertEquals("DOUBLE", table.column("pain_change").type().name());
    assertEquals("BOOLEAN", table.column("review_flag").type().name());
    assertEquals("INTEGER", table.column("days_logged").type().name());
  }

  @Test
  void subgroupsTableEqualsSubgroupsCsv() throws Exception {
    Table table = tables.subgroups();
    assertTableEqualsCsv(table, "subgroups.csv");
    // Every analysed patient is in one subgroup: shown and hidden cells together are the cohort.
    assertTrue(table.rowCount() > 2, "sex by age band gives several subgroups");
  }

  @Test
  void dayPairsTableEqualsDayPairsCsv() throws Exception {
    Table table = tables.dayPairs();
    assertTableEqualsCsv(table, "day_pairs.csv");
    // Each patient's pairs are the adj_day_pairs of per_patient.csv: the panel the models saw.
    Table perPatient = tables.perPatient();
    int pairs = 0;
    for (int r = 0; r < perPatient.rowCount(); r++) {
      String id = perPatient.stringColumn("patient_id").get(r);
      int n = perPatient.intColumn("adj_day_pairs").get(r);
      assertEquals(n, table.stringColumn("patient_id").isEqualTo(id).size(), id + ": pairs");
      pairs += n;
    }
    assertEquals(pairs, table.rowCount(), "no pair of a patient outside per_patient.csv");
    assertEquals("INTEGER", table.column("F").type().name());
    assertEquals("DOUBLE", table.column("p").type().name());
  }

  @Test
  void activityEffectsTableEqualsActivityEffectsCsv() throws Exception {
    Table table = tables.activityEffects();
    assertTableEqualsCsv(table, "activity_effects.csv");
    assertTrue(table.rowCount() > 0, "the sample has adjusted per-activity rows at --min-cell 5");
    assertEquals("INTEGER", table.column("n").type().name());
  }

  @Test
  void refusesWhatRehabCohortRefuses() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> CohortTables.of(ProjectRoot.sampleData(), "--by", "ethnicity"));
    assertEquals(
        "--by ethnicity: no analysed patient has a value in a column ethnicity in patients.csv;"
            + " name a column of patients.csv (matched case-insensitively), or age_band (from"
            + " birth_year) or years_since_surgery_band (from surgery_date)",
        unknown.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CohortTables.of(ProjectRoot.sampleData(), "--min-cell", "0"));
    assertThrows(
        IllegalStateException.class, () -> CohortTables.of(ProjectRoot.sampleData()).subgroups());
  }
}
