package org.rehabprogress.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rehabprogress.files.RunInput;
import org.rehabprogress.ingest.InputFolder;

/** What a run reads, for the output policy: no output may replace or lie in any of it. */
final class RunInputs {

  private RunInputs() {}

  /**
   * Returns the input files of a folder, the folders that hold them, the catalog and the key. An
   * input's folder counts as an input (SPEC 8: no output is, holds or lies inside an input), so
   * that {@code --out data/reports} is refused like {@code --out data}: a report written among a
   * clinic's export would be replaced, or mistaken for input, by the next export into it.
   *
   * @param files the input files
   * @param catalog the --catalog file, or null
   * @param key the --key-file, or null
   */
  static List<RunInput> of(InputFolder files, Path catalog, Path key) {
    List<RunInput> inputs = new ArrayList<>();
    Set<Path> folders = new LinkedHashSet<>();
    for (Path p : files.present()) {
      inputs.add(RunInput.file(p));
      Path folder = p.toAbsolutePath().normalize().getParent();
      if (folder != null) {
        folders.add(folder);
      }
    }
    for (Path folder : folders) {
      inputs.add(new RunInput(folder, "the folder of an input file"));
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
