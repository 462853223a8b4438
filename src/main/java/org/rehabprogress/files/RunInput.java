package org.rehabprogress.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file or folder a run reads, which no output may replace or lie in.
 *
 * @param path the path as the user named it (or as the run found it)
 * @param what what it is to the run, for messages: {@code an input file}, {@code the catalog}
 */
public record RunInput(Path path, String what) {

  /** Checks for nulls. */
  public RunInput {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(what, "what");
  }

  /** Returns an input data file. */
  public static RunInput file(Path path) {
    return new RunInput(path, "an input file");
  }
}
