package org.rehabprogress.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The importer fixtures on the test classpath, and folder snapshots for byte-for-byte checks. */
public final class ImportFixtures {

  private ImportFixtures() {}

  /** Returns a fixture under {@code fixtures/import/} as a path. */
  public static Path path(String relative) {
    URL url = ImportFixtures.class.getResource("/fixtures/import/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the options with no patient id and the default pain symptoms. */
  public static ImportOptions options(String patientId) {
    return new ImportOptions(patientId, Set.of("back (lower) pain"));
  }

  /** Returns every file under a folder, by relative path, as hex of its bytes. */
  public static Map<String, String> snapshot(Path folder) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            folder.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Returns the names in a folder, sorted. */
  public static java.util.List<String> names(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
