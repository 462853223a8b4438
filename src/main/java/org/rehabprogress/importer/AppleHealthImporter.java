package org.rehabprogress.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.rehabprogress.ingest.InputFileException;

/**
 * Imports an Apple Health export: {@code export.xml}, the {@code export.zip} around it (read in
 * place, never extracted), or the unzipped {@code apple_health_export} folder. Workouts become
 * activities and asleep time becomes one sleep_hours value per night; see {@link AppleHealthXml}.
 * The patient id is {@code --patient-id}, else the source's file name.
 */
public final class AppleHealthImporter implements Importer {

  /** The zip entry the Health app writes. */
  static final String ZIP_ENTRY = "apple_health_export/export.xml";

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final String REEXPORT =
      "name the export.xml or export.zip the Health app wrote (Profile > Export All Health Data)";

  /** Creates the importer. */
  public AppleHealthImporter() {}

  @Override
  public String format() {
    return "apple-health";
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    Path file = Files.isDirectory(source) ? source.resolve("export.xml") : source;
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file.toString(), 0, "file not found", REEXPORT);
    }
    String patientId = PatientIdRule.forOnePerson(options, source, "the Health app");
    if (isZip(file)) {
      return readZip(file, patientId);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return AppleHealthXml.read(
          in, file.toString(), String.valueOf(file.getFileName()), patientId);
    }
  }

  private static ImportBatch readZip(Path file, String patientId)
      throws InputFileException, IOException {
    String label = file.toString();
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      ZipEntry chosen = null;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String entryName = entry.getName();
        if (outside(entryName)) {
          throw new InputFileException(
              label,
              0,
              "the zip holds an entry \"" + entryName + "\" that points outside the export",
              REEXPORT);
        }
        boolean export = entryName.equals("export.xml") || entryName.endsWith("/export.xml");
        if (!entry.isDirectory() && export) {
          if (chosen == null || entryName.equals(ZIP_ENTRY)) {
            chosen = entry;
          }
        }
      }
      if (chosen == null) {
        throw new InputFileException(label, 0, "the zip holds no export.xml", REEXPORT);
      }
      try (InputStream in = new BufferedInputStream(zip.getInputStream(chosen))) {
        return AppleHealthXml.read(in, label + "!" + chosen.getName(), chosen.getName(), patientId);
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw new InputFileException(label, 0, "not a readable zip file", REEXPORT);
    }
  }

  /** Returns whether a zip entry name is absolute or climbs with "..": a crafted zip. */
  static boolean outside(String entryName) {
    String name = entryName.replace('\\', '/');
    return name.startsWith("/")
        || (name.length() > 1 && name.charAt(1) == ':')
        || Arrays.asList(name.split("/")).contains("..");
  }

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
    }
  }
}
