package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports through {@code rehab import} and checks with {@code rehab validate} that every row
 * written is accepted, with no warning: what an importer writes is canonical.
 */
final class ImportAndValidate {

  private ImportAndValidate() {}

  /** Imports a source into a folder; the patient id is left out when empty. */
  static Run importInto(Path folder, String format, Path source, String patientId) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "import", format, source.toString(), "--out", folder.toString(), "--zone", "UTC"));
    if (!patientId.isEmpty()) {
      args.add("--patient-id");
      args.add(patientId);
    }
    return Run.of(args.toArray(String[]::new));
  }

  /**
   * Validates a folder and checks its ledger: per file (in validate's order), the rows read, all
   * accepted, none a duplicate; exit 0 and nothing on stderr.
   *
   * @param rows file name -> rows written
   */
  static void assertValidates(Path folder, Map<String, Long> rows) {
    Run validated = Run.of("validate", "--in", folder.toString());
    Map<String, long[]> table = new LinkedHashMap<>();
    for (String line : validated.out().lines().toList()) {
      String[] cells = line.strip().split("\\s+");
      if (cells.length == 5 && cells[0].endsWith(".csv")) {
        table.put(
            cells[0],
            new long[] {
              Long.parseLong(cells[1]),
              Long.parseLong(cells[2]),
              Long.parseLong(cells[3]),
              Long.parseLong(cells[4])
            });
      }
    }
    assertEquals(List.copyOf(rows.keySet()), List.copyOf(table.keySet()), validated.out());
    for (Map.Entry<String, Long> file : rows.entrySet()) {
      long[] counts = table.get(file.getKey());
      assertEquals(
          List.of(file.getValue(), file.getValue(), 0L, 0L),
          List.of(counts[0], counts[1], counts[2], counts[3]),
          file.getKey() + ": rows read, accepted, rejected, duplicates");
    }
    assertEquals(0, validated.exit(), validated.out() + validated.err());
    assertEquals("", validated.err());
  }
}
