package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a report's figures came from: the tool version, every input file with its size and SHA-256,
 * the activity catalog with its SHA-256, the run's parameters and the run date. The same block goes
 * into report.json and cohort.json.
 *
 * @param toolVersion the version of rehab that ran, e.g. {@code 0.1.0}
 * @param inputs the input files read, in the order activities, symptoms, patients, events
 * @param catalog the effective activity catalog
 * @param parameters the run's parameters by name (values are strings, booleans or null for an
 *     option not given), kept in name order
 * @param runDate the day of the run: {@code --as-of} when given, else today
 */
public record Provenance(
    String toolVersion,
    List<InputFile> inputs,
    Catalog catalog,
    Map<String, Object> parameters,
    LocalDate runDate) {

  /** Checks for nulls and copies the list and the map (the map in name order, nulls allowed). */
  public Provenance {
    Objects.requireNonNull(toolVersion, "toolVersion");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(catalog, "catalog");
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    Objects.requireNonNull(runDate, "runDate");
  }

  /**
   * One input file.
   *
   * @param kind which canonical file it stands for: activities, symptoms, patients or events
   * @param name the file's name, without its folder (a report names no path of the machine)
   * @param bytes its size in bytes
   * @param sha256 the SHA-256 of its bytes, lower-case hex
   */
  public record InputFile(String kind, String name, long bytes, String sha256) {

    /** Checks for nulls. */
    public InputFile {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /**
   * The effective activity catalog.
   *
   * @param name {@code built-in catalog}, or {@code built-in catalog + <file name>} with --catalog
   * @param sha256 the SHA-256 of its canonical CSV form (see {@code CatalogCsv.sha256})
   */
  public record Catalog(String name, String sha256) {

    /** Checks for nulls. */
    public Catalog {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
