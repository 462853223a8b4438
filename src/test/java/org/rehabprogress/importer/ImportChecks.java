package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rehabprogress.ProjectRoot;

/** Options and checks shared by the tests of the importers of batches. */
final class ImportChecks {

  /** Options with no chosen patient id and the default pain symptoms. */
  static final ImportOptions DEFAULTS = new ImportOptions(null, Set.of());

  private ImportChecks() {}

  /** Returns a real export under {@code ../shared/realdata/}, skipping the test when absent. */
  static Path realData(String relative) {
    Path path = ProjectRoot.realData().resolve(relative);
    assumeTrue(Files.exists(path), "real export " + path + " is absent; test skipped");
    return path;
  }

  /** Asserts that every record read is in exactly one of rows, combined, rejects or skipped. */
  static void assertReconciles(ImportBatch batch) {
    long skipped = batch.skipped().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(
        batch.read(),
        batch.rows().size() + batch.combined() + batch.rejects().size() + skipped,
        "read = rows + combined + rejects + skipped");
  }

  /** Returns the rows of one kind, in order. */
  static <T extends CanonicalRow> List<T> rows(ImportBatch batch, Class<T> kind) {
    return batch.rows().stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
