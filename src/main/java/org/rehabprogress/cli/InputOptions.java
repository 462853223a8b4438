package org.rehabprogress.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.rehabprogress.ingest.Dates;
import org.rehabprogress.pipeline.Inputs;
import picocli.CommandLine.Option;

/** The input options shared by the commands that read canonical files. */
public final class InputOptions {

  @Option(
      names = "--in",
      paramLabel = "DIR",
      defaultValue = "sample-data",
      description =
          "Input folder with activities.csv, symptoms.csv, and optionally patients.csv and events.csv (default: ${DEFAULT-VALUE}).")
  Path in;

  @Option(
      names = "--activities",
      paramLabel = "FILE",
      description = "activities.csv to read instead of the input folder's.")
  Path activities;

  @Option(
      names = "--symptoms",
      paramLabel = "FILE",
      description = "symptoms.csv to read instead of the input folder's.")
  Path symptoms;

  @Option(
      names = "--patients",
      paramLabel = "FILE",
      description = "patients.csv to read instead of the input folder's.")
  Path patients;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description = "events.csv to read instead of the input folder's.")
  Path events;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "Accept dates in this order too, e.g. dd/MM/yyyy (ISO yyyy-MM-dd is always accepted).")
  String dateFormat;

  /** Returns the inputs these options name. */
  Inputs inputs() {
    return inputs(null);
  }

  /** Returns the inputs these options name, with a medications.csv named on the command line. */
  Inputs inputs(Path medications) {
    DateTimeFormatter pattern = null;
    if (dateFormat != null) {
      try {
        pattern = Dates.pattern(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--date-format \""
                + dateFormat
                + "\" is not a date pattern ("
                + e.getMessage()
                + "); use letters like dd/MM/yyyy");
      }
    }
    return new Inputs(in, activities, symptoms, patients, events, medications, pattern);
  }
}
