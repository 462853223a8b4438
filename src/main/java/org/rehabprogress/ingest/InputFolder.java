package org.rehabprogress.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input files of a run, each with the name the user knows it by. Activities and symptoms are
 * required; patients and events are optional (null when absent).
 *
 * @param activities activities.csv
 * @param symptoms symptoms.csv
 * @param patients patients.csv, or null
 * @param events events.csv, or null
 */
public record InputFolder(Path activities, Path symptoms, Path patients, Path events) {

  /**
   * Returns the canonical files of a folder, with any file named on the command line in place of
   * the folder's own.
   *
   * @param folder the input folder
   * @param activities a file named with --activities, or null
   * @param symptoms a file named with --symptoms, or null
   * @param patients a file named with --patients, or null
   * @param events a file named with --events, or null
   * @throws InputFileException when the folder does not exist
   */
  public static InputFolder of(
      Path folder, Path activities, Path symptoms, Path patients, Path events)
      throws InputFileException {
    boolean allNamed = activities != null && symptoms != null;
    if (!allNamed && !Files.isDirectory(folder)) {
      throw new InputFileException(
          folder.toString(),
          0,
          "folder not found",
          "pass --in with the folder that holds activities.csv and symptoms.csv");
    }
    return new InputFolder(
        activities != null ? activities : folder.resolve(FileKind.ACTIVITIES.fileName()),
        symptoms != null ? symptoms : folder.resolve(FileKind.SYMPTOMS.fileName()),
        patients != null ? patients : optional(folder.resolve(FileKind.PATIENTS.fileName())),
        events != null ? events : optional(folder.resolve(FileKind.EVENTS.fileName())));
  }

  private static Path optional(Path path) {
    return Files.exists(path) ? path : null;
  }
}
