package org.rehabprogress.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.rehabprogress.ingest.InputFolder;

/**
 * Checks a report folder before it is replaced as a whole: replacing a folder deletes what it held,
 * so only a new folder, an empty one, or an earlier report (it holds report.json) may be replaced,
 * and never one that holds an input file.
 */
final class ReportFolder {

  /** The file every report holds, by which an earlier report is known. */
  static final String MARKER = "report.json";

  private ReportFolder() {}

  /**
   * Returns the folder as an absolute, normalised path once it is safe to replace.
   *
   * @throws ReportRefused when the folder is the file system's root, is not a folder, holds other
   *     files than an earlier report, or holds an input file
   */
  static Path checked(Path folder, InputFolder inputs) throws ReportRefused, IOException {
    Path target = folder.toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw new ReportRefused("--out " + folder + " is the root folder; choose a new folder");
    }
    for (Path input : inputs.present()) {
      if (input.toAbsolutePath().normalize().startsWith(target)) {
        throw new ReportRefused(
            "--out "
                + folder
                + " holds the input file "
                + input
                + ", which writing the report would delete; choose another folder");
      }
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return target;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new ReportRefused(
          "--out " + folder + " is not a folder (a file or a link); choose a new folder");
    }
    if (Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return target;
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isPresent()) {
        throw new ReportRefused(
            "--out "
                + folder
                + " holds files and is not an earlier report (it has no "
                + MARKER
                + "); the report replaces its folder as a whole, so choose a new or empty folder");
      }
    }
    return target;
  }
}
