package org.rehabprogress.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.rehabprogress.sample.SampleConfig;
import org.rehabprogress.sample.SampleGenerator;
import org.rehabprogress.sample.SampleSummary;

/** Writes a synthetic sample into a folder: the file-system side of {@code rehab sample}. */
public final class SampleRun {

  /** The files written, in the order the generator takes its writers. */
  public static final List<String> FILES =
      List.of("patients.csv", "symptoms.csv", "activities.csv", "events.csv");

  private static final int BUFFER = 1 << 20;

  private SampleRun() {}

  /**
   * Writes patients.csv, symptoms.csv, activities.csv and events.csv into {@code folder}, creating
   * it. Each file is written beside its target and moved into place when all four are complete, so
   * a failed run leaves an earlier sample intact.
   *
   * @throws IOException when the folder cannot be created or a file cannot be written
   */
  public static SampleSummary write(SampleConfig config, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path[] parts = new Path[FILES.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = folder.resolve("." + FILES.get(i) + ".part");
    }
    SampleSummary summary;
    try (Writer patients = open(parts[0]);
        Writer symptoms = open(parts[1]);
        Writer activities = open(parts[2]);
        Writer events = open(parts[3])) {
      summary = SampleGenerator.write(config, patients, symptoms, activities, events);
    } catch (IOException | RuntimeException e) {
      for (Path part : parts) {
        Files.deleteIfExists(part);
      }
      throw e;
    }
    for (int i = 0; i < parts.length; i++) {
      Files.move(parts[i], folder.resolve(FILES.get(i)), StandardCopyOption.REPLACE_EXISTING);
    }
    return summary;
  }

  private static Writer open(Path path) throws IOException {
    return new OutputStreamWriter(
        new BufferedOutputStream(Files.newOutputStream(path), BUFFER), StandardCharsets.UTF_8);
  }
}
