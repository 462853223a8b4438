package org.rehabprogress.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rehabprogress.files.FolderSwap;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputPolicy;
import org.rehabprogress.files.OutputRefused;
import org.rehabprogress.sample.SampleConfig;
import org.rehabprogress.sample.SampleGenerator;
import org.rehabprogress.sample.SampleSummary;

/** Writes a synthetic sample into a folder: the file-system side of {@code rehab sample}. */
public final class SampleRun {

  /** The files written, in the order the generator takes its writers. */
  public static final List<String> FILES =
      List.of("patients.csv", "symptoms.csv", "activities.csv", "events.csv", "medications.csv");

  private static final int BUFFER = 1 << 20;

  private SampleRun() {}

  /**
   * Writes patients.csv, symptoms.csv, activities.csv, events.csv and medications.csv into {@code
   * folder}, which must be new or empty unless {@code force} is given. The files are written beside
   * the folder and moved into place when all five are complete, so a failed run leaves the folder
   * as it was; with {@code force}, other files in the folder stay.
   *
   * @throws OutputRefused when the folder holds files and {@code force} is false
   * @throws OutputFailure when the files cannot be written
   */
  public static SampleSummary write(SampleConfig config, Path folder, boolean force)
      throws OutputRefused, IOException {
    Path target = OutputPolicy.sampleFolder(folder, force);
    SampleSummary[] summary = new SampleSummary[1];
    FolderSwap.Writer writer =
        temp -> {
          try (Writer patients = open(temp.resolve(FILES.get(0)));
              Writer symptoms = open(temp.resolve(FILES.get(1)));
              Writer activities = open(temp.resolve(FILES.get(2)));
              Writer events = open(temp.resolve(FILES.get(3)));
              Writer medications = open(temp.resolve(FILES.get(4)))) {
            summary[0] =
                SampleGenerator.write(config, patients, symptoms, activities, events, medications);
          }
        };
    if (Files.isDirectory(target)) {
      FolderSwap.replaceFiles(folder, writer);
    } else {
      FolderSwap.replace(folder, writer);
    }
    return summary[0];
  }

  private static Writer open(Path path) throws IOException {
    return new OutputStreamWriter(
        new BufferedOutputStream(Files.newOutputStream(path), BUFFER), StandardCharsets.UTF_8);
  }
}
