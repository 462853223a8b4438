package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.report.RejectsCsv;

/** The file work of {@code rehab validate}. */
public final class Validation {

  private Validation() {}

  /** Returns the total size of the input files that exist, for a progress bar. */
  public static long inputBytes(Inputs inputs) {
    try {
      return inputBytes(inputs.files());
    } catch (InputFileException e) {
      return 0; // reading will report the problem
    }
  }

  /** Returns the total size of some input files that exist, for a progress bar. */
  public static long inputBytes(InputFolder files) {
    try {
      long total = 0;
      for (Path p : files.present()) {
        if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      }
      return total;
    } catch (IOException e) {
      return 0; // reading will report the problem
    }
  }

  /** Writes every reject to a CSV file, replacing it. */
  public static void writeRejects(Dataset data, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      RejectsCsv.write(data.rejects(), w);
    }
  }
}
