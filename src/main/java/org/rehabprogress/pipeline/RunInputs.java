package org.rehabprogress.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.files.RunInput;
import org.rehabprogress.ingest.InputFolder;

/** What a run reads, for the output policy: no output may replace or lie in any of it. */
final class RunInputs {

  private RunInputs() {}

  /**
   * Returns the input files of a folder, the catalog and the key.
   *
   * @param files the input files
   * @param catalog the --catalog file, or null
   * @param key the --key-file, or null
   */
  static List<RunInput> of(InputFolder files, Path catalog, Path key) {
    List<RunInput> inputs = new ArrayList<>();
    for (Path p : files.present()) {
      inputs.add(RunInput.file(p));
    }
    if (catalog != null) {
      inputs.add(new RunInput(catalog, "the catalog"));
    }
    if (key != null) {
      inputs.add(new RunInput(key, "the key file"));
    }
    return inputs;
  }
}
