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
            List.of("cohort", "--in", "sample-data", "--out", out.toString(), "--per-patient"));
    args.addAll(List.of(OPTIONS));
    args.add("--quiet");
    assertEquals(0, Main.commandLine().execute(args.toArray(String[]::new)));
    tables = CohortTables.of(Path.of("sample-data"), OPTIONS);
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
        if (value instanceof Number number) {
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
  void refusesWhatRehabCohortRefuses() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> CohortTables.of(Path.of("sample-data"), "--by", "ethnicity"));
    assertEquals(
        "--by ethnicity: no analysed patient has a value in a column ethnicity in patients.csv;"
            + " name a column of patients.csv (matched case-insensitively), or age_band (from"
            + " birth_year) or years_since_surgery_band (from surgery_date)",
        unknown.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CohortTables.of(Path.of("sample-data"), "--min-cell", "0"));
    assertThrows(
        IllegalStateException.class, () -> CohortTables.of(Path.of("sample-data")).subgroups());
  }
}
