package org.rehabprogress.files;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each command writes into its output folder, by which an earlier output of the same command
 * is known: its marker file (the one file the command always writes) and every name it may write. A
 * folder holding anything else is not the command's to replace.
 */
public enum OutputKind {
  /** {@code rehab report}. */
  REPORT(
      "a report",
      "report.json",
      Set.of(
          "index.html",
          "index-by-change.html",
          "summary.csv",
          "activity_comparison.csv",
          "rejects.csv",
          "duplicates.csv",
          "report.json",
          "clinic.pdf"),
      Map.of("patients", List.of(".html", ".pdf"), "charts", List.of(".svg", ".png"))),

  /** {@code rehab cohort} and the Spark cohort job. */
  COHORT(
      "a cohort analysis",
      "cohort.json",
      Set.of(
          "cohort.html",
          "cohort.json",
          "per_patient.csv",
          "responders_by_site.csv",
          "activity_effects.csv",
          "activity_effects_unadjusted.csv",
          "trajectories.csv",
          "outcome_panel.csv",
          "subgroups.csv",
          "day_pairs.csv",
          "rejects.csv"),
      Map.of()),

  /** {@code rehab anonymise} and the Spark anonymise job. */
  ANONYMISE(
      "an anonymised copy",
      "manifest.json",
      Set.of(
          "activities.csv",
          "symptoms.csv",
          "patients.csv",
          "events.csv",
          "medications.csv",
          "manifest.json"),
      Map.of()),

  /**
   * {@code rehab import}: a folder of canonical files, which the import merges into. Nothing there
   * is replaced: rows are appended and every other file is carried over byte for byte, so any
   * folder (or the folder a link points to) may be imported into, except one that is, holds or lies
   * in the export.
   */
  IMPORT(
      "a folder of canonical files",
      null,
      Set.of(
          "activities.csv",
          "symptoms.csv",
          "patients.csv",
          "events.csv",
          "medications.csv",
          "rejects.csv"),
      Map.of()),

  /** {@code rehab sample}: only a new or empty folder (or one named with --force). */
  SAMPLE("a sample", null, Set.of(), Map.of());

  /**
   * Files an operating system's file browser puts into any folder it shows (macOS, Windows): they
   * are not a user's work, and a folder holding them is still the command's to replace.
   */
  static final Set<String> BROWSER_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

  private final String label;
  private final String marker;
  private final Set<String> files;
  private final Map<String, List<String>> folders;

  OutputKind(String label, String marker, Set<String> files, Map<String, List<String>> folders) {
    this.label = label;
    this.marker = marker;
    this.files = files;
    this.folders = folders;
  }

  /** Returns what the output is, in words: {@code a report}. */
  public String label() {
    return label;
  }

  /** Says whether the command merges into its folder, carrying over what it does not write. */
  boolean merges() {
    return this == IMPORT;
  }

  /** Returns the file every earlier output of this kind holds, or null when there is none. */
  String marker() {
    return marker;
  }

  /**
   * Says whether the command writes an entry of its folder (a path as {@link OutputPolicy#contents}
   * gives it), or the entry is a file browser's.
   */
  boolean writes(String entry) {
    int slash = entry.indexOf('/');
    if (slash < 0) {
      return files.contains(entry) || BROWSER_FILES.contains(entry);
    }
    List<String> endings = folders.get(entry.substring(0, slash));
    if (endings == null) {
      return false;
    }
    String rest = entry.substring(slash + 1);
    return rest.isEmpty()
        || rest.indexOf('/') < 0
            && (BROWSER_FILES.contains(rest) || endings.stream().anyMatch(rest::endsWith));
  }

  /** Returns the files the command writes at the top of its folder. */
  Set<String> files() {
    return files;
  }

  /** Returns the subfolders the command writes, each with the endings of the files in it. */
  Map<String, List<String>> folders() {
    return folders;
  }
}
