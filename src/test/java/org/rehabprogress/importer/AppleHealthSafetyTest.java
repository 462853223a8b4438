package org.rehabprogress.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

/** Hostile exports: entity expansion, external entities and DTDs, crafted zips. */
class AppleHealthSafetyTest {

  private static final AppleHealthImporter IMPORTER = new AppleHealthImporter();
  private static final String REEXPORT =
      "; export the data again from the Health app (a cut-off or edited export cannot be read)";
  private static final String SECRET = "SECRET-MARKER-7f3a";

  @TempDir Path temp;

  private InputFileException failure(Path file) {
    return assertThrows(
        InputFileException.class, () -> IMPORTER.read(file, ImportFixtures.options("a")));
  }

  @Test
  void refusesToExpandABillionLaughs() throws Exception {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    Path file =
        Files.writeString(
            temp.resolve("laughs.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n"
                + dtd
                + "]>\n<HealthData><Record type=\"&lol9;\" startDate=\"x\" endDate=\"y\"/>"
                + "</HealthData>\n");

    assertEquals(
        file
            + ":14: malformed XML: The entity \"lol9\" was referenced, but not declared"
            + REEXPORT,
        failure(file).getMessage());
  }

  @Test
  void neverReadsAFileAnExternalEntityNames() throws Exception {
    Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
    Path file =
        Files.writeString(
            temp.resolve("xxe.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">\n]>\n<HealthData>\n<Workout workoutActivityType=\"&xxe;\" duration=\"5\""
                + " durationUnit=\"min\" startDate=\"2026-03-01 10:00:00 +0100\"/>\n"
                + "</HealthData>\n");

    InputFileException e = failure(file);

    assertEquals(
        file + ":6: malformed XML: The entity \"xxe\" was referenced, but not declared" + REEXPORT,
        e.getMessage());
    assertFalse(e.getMessage().contains(SECRET));
  }

  @Test
  void neverLoadsAnExternalDtd() throws Exception {
    // Were this DTD read, its text would be a parse error: the import succeeds only unread.
    Path dtd = Files.writeString(temp.resolve("health.dtd"), SECRET + " is not a DTD");
    Path file =
        Files.writeString(
            temp.resolve("export.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData SYSTEM \""
                + dtd.toUri()
                + "\">\n<HealthData>\n<Workout workoutActivityType=\"Walk\" duration=\"5\""
                + " durationUnit=\"min\" startDate=\"2026-03-01 10:00:00 +0100\"/>\n"
                + "</HealthData>\n");

    ImportBatch batch = IMPORTER.read(file, ImportFixtures.options("a"));

    assertEquals(1, batch.rows().size());
  }

  private Path zip(String name, Map<String, byte[]> entries) throws Exception {
    Path file = temp.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out, UTF_8)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private static byte[] fixtureBytes() throws Exception {
    return Files.readAllBytes(ImportFixtures.path("apple-health/export.xml"));
  }

  @Test
  void readsTheExportXmlInsideTheZipWithoutExtractingIt() throws Exception {
    Path file =
        zip(
            "export.zip",
            Map.of(
                "apple_health_export/export_cda.xml", "<ClinicalDocument/>".getBytes(UTF_8),
                "apple_health_export/export.xml", fixtureBytes(),
                "apple_health_export/workout-routes/route.gpx", "<gpx/>".getBytes(UTF_8)));

    ImportBatch batch = IMPORTER.read(file, ImportFixtures.options("anna"));

    ImportBatch plain = AppleHealthImporterTest.fixture();
    assertEquals(plain.read(), batch.read());
    assertEquals(plain.skipped(), batch.skipped());
    assertEquals("anna", batch.rows().get(0).patientId());
    assertEquals("apple_health_export/export.xml", batch.rejects().get(0).file());
    assertEquals(java.util.List.of("export.zip"), ImportFixtures.names(temp));
  }

  @Test
  void refusesAZipWithAnEntryThatClimbsOutOfTheExport() throws Exception {
    Path file =
        zip(
            "export.zip",
            Map.of(
                "apple_health_export/export.xml", fixtureBytes(),
                "../evil", "#!/bin/sh".getBytes(UTF_8)));

    assertEquals(
        file
            + ":0: the zip holds an entry \"../evil\" that points outside the export; name the"
            + " export.xml or export.zip the Health app wrote (Profile > Export All Health Data)",
        failure(file).getMessage());
    assertFalse(Files.exists(temp.resolveSibling("evil")));
    assertEquals(java.util.List.of("export.zip"), ImportFixtures.names(temp));
  }

  @Test
  void refusesAZipWithoutAnExportXml() throws Exception {
    Path file = zip("export.zip", Map.of("photos/cat.jpg", new byte[] {1, 2, 3}));
    assertEquals(
        file
            + ":0: the zip holds no export.xml; name the export.xml or export.zip the Health app"
            + " wrote (Profile > Export All Health Data)",
        failure(file).getMessage());
  }

  @Test
  void refusesACutOffZip() throws Exception {
    byte[] whole =
        Files.readAllBytes(
            zip("whole.zip", Map.of("apple_health_export/export.xml", fixtureBytes())));
    Path file = Files.write(temp.resolve("export.zip"), java.util.Arrays.copyOf(whole, 200));
    assertEquals(
        file
            + ":0: not a readable zip file; name the export.xml or export.zip the Health app wrote"
            + " (Profile > Export All Health Data)",
        failure(file).getMessage());
  }

  @Test
  void recognisesEntriesThatPointOutside() {
    assertEquals(true, AppleHealthImporter.outside("../evil"));
    assertEquals(true, AppleHealthImporter.outside("a/../../b"));
    assertEquals(true, AppleHealthImporter.outside("/etc/passwd"));
    assertEquals(true, AppleHealthImporter.outside("C:\\x"));
    assertEquals(true, AppleHealthImporter.outside("a\\..\\..\\b"));
    assertEquals(false, AppleHealthImporter.outside("apple_health_export/export.xml"));
    assertEquals(false, AppleHealthImporter.outside("a/..b/c"));
  }
}
