package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.report.Provenance;

/** Computes the provenance block of report.json and cohort.json from the files a run read. */
public final class RunProvenance {

  private RunProvenance() {}

  /**
   * Returns the provenance of a run.
   *
   * @param files the input files read (absent optional files are left out)
   * @param catalogFile the file given with --catalog, or null
   * @param catalog the effective catalog
   * @param parameters the run's parameters by name, values as given (null for an option not given)
   * @param runDate the run date: --as-of, or today as the command line read it from the clock
   * @throws IOException when an input file cannot be read for its hash
   */
  public static Provenance of(
      InputFolder files,
      Path catalogFile,
      ActivityCatalog catalog,
      Map<String, Object> parameters,
      LocalDate runDate)
      throws IOException {
    return of(inputs(files), catalogFile, catalog, parameters, runDate);
  }

  /**
   * Returns the provenance of a run whose input files were already hashed with {@link #inputs}.
   *
   * @param inputs the input files with their sizes and hashes
   * @param catalogFile the file given with --catalog, or null
   * @param catalog the effective catalog
   * @param parameters the run's parameters by name, values as given (null for an option not given)
   * @param runDate the run date: --as-of, or today as the command line read it from the clock
   */
  public static Provenance of(
      List<Provenance.InputFile> inputs,
      Path catalogFile,
      ActivityCatalog catalog,
      Map<String, Object> parameters,
      LocalDate runDate) {
    String catalogName =
        catalogFile == null
            ? CatalogCsv.BUILTIN_NAME
            : CatalogCsv.BUILTIN_NAME + " + " + catalogFile.getFileName();
    return new Provenance(
        ToolVersion.get(),
        inputs,
        new Provenance.Catalog(catalogName, CatalogCsv.sha256(catalog)),
        parameters,
        runDate);
  }

  /**
   * Returns the input files that exist with their sizes and SHA-256, in the order activities,
   * symptoms, patients, events, medications; a run may compute this on a thread of its own while it
   * reads.
   *
   * @throws IOException when a file cannot be read
   */
  public static List<Provenance.InputFile> inputs(InputFolder files) throws IOException {
    List<Provenance.InputFile> inputs = new ArrayList<>();
    add(inputs, "activities", files.activities());
    add(inputs, "symptoms", files.symptoms());
    add(inputs, "patients", files.patients());
    add(inputs, "events", files.events());
    add(inputs, "medications", files.medications());
    return inputs;
  }

  /** Returns the SHA-256 of a file's bytes, lower-case hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void add(List<Provenance.InputFile> inputs, String kind, Path file)
      throws IOException {
    if (file != null) {
      inputs.add(
          new Provenance.InputFile(
              kind, file.getFileName().toString(), Files.size(file), sha256(file)));
    }
  }
}
