package org.rehabprogress.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.pipeline.CohortRun;

/**
 * The cohort's files the driver writes, by {@code rehab cohort}'s own code: everything but
 * per_patient.csv, which Spark writes.
 */
final class CohortFiles {

  private CohortFiles() {}

  /** Writes the figures' files into a new local folder. */
  static void write(CohortResult result, CohortCells cells, List<FileLedger> ledgers, Path folder)
      throws IOException {
    Files.createDirectories(folder);
    CohortRun.writeFigures(result, cells, null, folder);
  }

  /** Deletes a local folder and everything in it. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
