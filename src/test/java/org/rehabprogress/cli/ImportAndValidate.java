package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports through {@code rehab import} and checks with {@code rehab validate} that every row
 * written is accepted. A symptoms row whose only values are in the columns the canonical reader
 * does not read yet (leg_pain, peg, odi, pgic; issue 15) is the one exception: it is rejected as
 * having no measure until the reader learns them, so such rows may be rejected, and no other.
 */
final class ImportAndValidate {

  private static final List<String> PENDING = List.of("leg_pain", "peg", "odi", "pgic");
  private static final List<String> READ =
      List.of("pain", "anxiety", "gad7", "sleep_hours", "sleep_quality");

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
   * Validates a folder and checks its ledger: per file (in validate's order), the rows read, each
   * accepted (but for rows of pending columns alone), none a duplicate.
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
    long rejected = 0;
    for (Map.Entry<String, Long> file : rows.entrySet()) {
      long[] counts = table.get(file.getKey());
      long pending = file.getKey().equals("symptoms.csv") ? pendingOnly(folder) : 0;
      assertEquals(file.getValue(), counts[0], file.getKey() + " rows read");
      assertEquals(0, counts[3], file.getKey() + " duplicates");
      assertEquals(counts[0], counts[1] + counts[2], file.getKey() + " read = accepted + rejected");
      assertTrue(
          counts[2] == 0 || counts[2] == pending,
          file.getKey() + ": " + counts[2] + " rejected, " + pending + " of pending columns alone");
      rejected += counts[2];
    }
    assertEquals(rejected == 0 ? 0 : 3, validated.exit(), validated.out() + validated.err());
    assertEquals("", PendingColumns.withoutWarning(validated.err()));
  }

  /** Returns the symptoms rows of a folder whose values are all in pending columns. */
  static long pendingOnly(Path folder) {
    Path file = folder.resolve("symptoms.csv");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long count = 0;
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        boolean read = READ.stream().anyMatch(c -> row.isMapped(c) && !row.get(c).isEmpty());
        boolean pending = PENDING.stream().anyMatch(c -> row.isMapped(c) && !row.get(c).isEmpty());
        if (pending && !read) {
          count++;
        }
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
