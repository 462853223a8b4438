package org.rehabprogress;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's root folder, so that a test finds {@code sample-data}, the README or the real
 * exports beside the project whatever folder it runs from: the {@code basedir} Maven's test runner
 * sets, else the nearest folder up from the working directory that holds the project's pom.xml and
 * sample-data.
 */
public final class ProjectRoot {

  private ProjectRoot() {}

  /** Returns the project's root folder, absolute and normalised. */
  public static Path path() {
    String basedir = System.getProperty("basedir");
    if (basedir != null && !basedir.isBlank()) {
      return Path.of(basedir).toAbsolutePath().normalize();
    }
    Path start = Path.of("").toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("sample-data"))) {
        return dir;
      }
    }
    return start;
  }

  /** Returns a path inside the project, e.g. {@code resolve("sample-data")}. */
  public static Path resolve(String first, String... more) {
    return path().resolve(Path.of(first, more));
  }

  /** Returns the committed sample data folder. */
  public static Path sampleData() {
    return resolve("sample-data");
  }

  /**
   * Returns the folder of real exports beside the project ({@code ../shared/realdata}); tests skip
   * with an assumption when it is absent.
   */
  public static Path realData() {
    return path().resolve(Path.of("..", "shared", "realdata")).normalize();
  }
}
