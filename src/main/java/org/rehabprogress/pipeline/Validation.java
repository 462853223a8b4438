package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rehabprogress.files.FolderSwap;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputPolicy;
import org.rehabprogress.files.OutputRefused;
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

  /** The first line of every rejects file {@code --rejects} writes. */
  public static final String REJECTS_HEADER = "file,line,column,value,reason";

  /**
   * Checks the --rejects file before anything is read: it may not be an input or the catalog, and
   * may replace only an earlier rejects file ({@link OutputPolicy#file}).
   *
   * @throws OutputRefused when it may not be written
   */
  public static void checkRejects(Path file, Inputs inputs, Path catalog)
      throws OutputRefused, IOException, InputFileException {
    OutputPolicy.file(
        file, "--rejects", REJECTS_HEADER, RunInputs.of(inputs.files(), catalog, null));
  }

  /**
   * Writes every reject to a CSV file, replacing it in one rename when complete.
   *
   * @throws OutputFailure when the file cannot be written; an earlier one is then as it was
   */
  public static void writeRejects(Dataset data, Path file) throws OutputFailure {
    FolderSwap.replaceFile(
        file,
        temp -> {
          try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            RejectsCsv.write(data.rejects(), w);
          }
        });
  }
}
