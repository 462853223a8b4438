package org.rehabprogress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The anonymise fixture ({@code fixtures/anonymise/}) and its expected copy. Its ids, notes, event
 * texts and extra cells are upper-case words joined by hyphens (e.g. {@code PAT-ALPHA-001}, {@code
 * NOTE-SECRET-KILO}), so none can occur by chance inside the lower-case hex pseudonyms or the study
 * dates; its dates lie in 2018-2026, far from the study dates around 2000.
 */
final class AnonymiseFixture {

  /** The files of the fixture. */
  static final List<String> FILES =
      List.of("activities.csv", "symptoms.csv", "patients.csv", "events.csv", "medications.csv");

  /** The key the expected copy was made with (49 bytes, no newline). */
  static final String KEY = "KEY-SECRET-XRAY-0123456789-abcdefghijklmnopqrstuv";

  private AnonymiseFixture() {}

  /** Copies the fixture into {@code dir/in} and writes the key to {@code dir/key}. */
  static Path copy(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String file : FILES) {
      Files.writeString(in.resolve(file), resource("anonymise/" + file), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("key"), KEY, StandardCharsets.UTF_8);
    return in;
  }

  /** Returns a fixture file's text. */
  static String resource(String relative) {
    try (InputStream in = AnonymiseFixture.class.getResourceAsStream("/fixtures/" + relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + relative);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every file of a folder by name, as bytes read as UTF-8 text. */
  static Map<String, String> files(Path folder) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
