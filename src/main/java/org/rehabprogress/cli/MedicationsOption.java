package org.rehabprogress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --medications option of the commands that read medications.csv. */
public final class MedicationsOption {

  @Option(
      names = "--medications",
      paramLabel = "FILE",
      description =
          "medications.csv to read instead of the input folder's (read from the folder when it"
              + " holds one).")
  Path medications;
}
