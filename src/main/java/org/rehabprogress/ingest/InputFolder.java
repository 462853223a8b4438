package org.rehabprogress.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.canonical.CanonicalFile;

/**
 * The input files of a run, each with the name the user knows it by. Activities and symptoms are
 * required; patients, events and medications are optional (null when absent).
 *
 * @param activities activities.csv
 * @param symptoms symptoms.csv
 * @param patients patients.csv, or null
 * @param events events.csv, or null
 * @param medications medications.csv, or null
 */
public record InputFolder(
    Path activities, Path symptoms, Path patients, Path events, Path medications) {

  /**
   * Returns the canonical files of a folder, with any file named on the command line in place of
   * the folder's own, and the folder's medications.csv when it has one.
   *
   * @throws InputFileException when the folder does not exist
   */
  public static InputFolder of(
      Path folder, Path activities, Path symptoms, Path patients, Path events)
      throws InputFileException {
    return of(folder, activities, symptoms, patients, events, null);
  }

  /**
   * Returns the canonical files of a folder, with any file named on the command line in place of
   * the folder's own.
   *
   * @param folder the input folder
   * @param activities a file named with --activities, or null
   * @param symptoms a file named with --symptoms, or null
   * @param patients a file named with --patients, or null
   * @param events a file named with --events, or null
   * @param medications a file named with --medications, or null
   * @throws InputFileException when the folder does not exist
   */
  public static InputFolder of(
      Path folder, Path activities, Path symptoms, Path patients, Path events, Path medications)
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
        activities != null ? activities : folder.resolve(CanonicalFile.ACTIVITIES.fileName()),
        symptoms != null ? symptoms : folder.resolve(CanonicalFile.SYMPTOMS.fileName()),
        patients != null ? patients : optional(folder.resolve(CanonicalFile.PATIENTS.fileName())),
        events != null ? events : optional(folder.resolve(CanonicalFile.EVENTS.fileName())),
        medications != null
            ? medications
            : optional(folder.resolve(CanonicalFile.MEDICATIONS.fileName())));
  }

  /** Returns the files that are given (the optional ones only when present), in ledger order. */
  public List<Path> present() {
    List<Path> files = new ArrayList<>();
    for (Path p : new Path[] {activities, symptoms, patients, events, medications}) {
      if (p != null) {
        files.add(p);
      }
    }
    return files;
  }

  private static Path optional(Path path) {
    return Files.exists(path) ? path : null;
  }
}
