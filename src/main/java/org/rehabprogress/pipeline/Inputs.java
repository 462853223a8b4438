package org.rehabprogress.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.rehabprogress.ingest.CanonicalReader;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.ingest.ReadOptions;

/**
 * Where a run's input is and how to read it, as given on the command line.
 *
 * @param folder the input folder
 * @param activities a file named in place of the folder's activities.csv, or null
 * @param symptoms a file named in place of the folder's symptoms.csv, or null
 * @param patients a file named in place of the folder's patients.csv, or null
 * @param events a file named in place of the folder's events.csv, or null
 * @param medications a file named in place of the folder's medications.csv, or null
 * @param dateFormat the --date-format pattern, or null for ISO dates only
 */
public record Inputs(
    Path folder,
    Path activities,
    Path symptoms,
    Path patients,
    Path events,
    Path medications,
    DateTimeFormatter dateFormat) {

  /** Resolves the input files (the folder's medications.csv among them when it has one). */
  public InputFolder files() throws InputFileException {
    return InputFolder.of(folder, activities, symptoms, patients, events, medications);
  }

  /** Reads the input on every core, counting bytes read into {@code progress} (may be null). */
  public Dataset read(AtomicLong progress) throws InputFileException, IOException {
    return read(files(), progress);
  }

  /**
   * Reads some input files (those of {@link #files()}, or fewer) on every core, counting bytes read
   * into {@code progress} (may be null).
   */
  public Dataset read(InputFolder files, AtomicLong progress)
      throws InputFileException, IOException {
    return CanonicalReader.read(
        files, new ReadOptions(dateFormat, Runtime.getRuntime().availableProcessors(), progress));
  }
}
