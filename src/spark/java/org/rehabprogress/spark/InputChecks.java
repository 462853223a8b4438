package org.rehabprogress.spark;

import java.util.List;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Records;

/**
 * Checks the inputs' headers on the driver, before any task runs, by the CLI's rules: a missing
 * required column stops the job as it stops the CLI, and unknown columns give its warnings.
 */
final class InputChecks {

  private InputChecks() {}

  /**
   * Returns the warnings about the inputs' headers.
   *
   * @throws InputFileException when a header lacks a required column or repeats one
   */
  static List<String> headers(List<KindInput> inputs) throws InputFileException {
    Records.Source[] sources = new Records.Source[CanonicalFile.values().length];
    for (KindInput input : inputs) {
      String display = input.paths().size() == 1 ? input.paths().get(0) : input.name();
      sources[input.kind().ordinal()] =
          new Records.Source(display, input.header(), input.decimalComma(), List.of());
    }
    return Records.read(
            sources[CanonicalFile.ACTIVITIES.ordinal()],
            sources[CanonicalFile.SYMPTOMS.ordinal()],
            sources[CanonicalFile.PATIENTS.ordinal()],
            sources[CanonicalFile.EVENTS.ordinal()],
            sources[CanonicalFile.MEDICATIONS.ordinal()],
            null)
        .warnings();
  }
}
