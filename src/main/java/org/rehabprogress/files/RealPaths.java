package org.rehabprogress.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Paths as the file system sees them: links resolved, so that two names of one place compare equal.
 */
final class RealPaths {

  private RealPaths() {}

  /**
   * Returns the real path of a file or folder that may not exist yet: the longest part of it that
   * exists, with links resolved, followed by the rest.
   */
  static Path of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** Says whether two paths name the same existing file (hard links included). */
  static boolean same(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
