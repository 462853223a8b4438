package org.rehabprogress.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.rehabprogress.files.FolderSwap;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputKind;
import org.rehabprogress.files.OutputPolicy;
import org.rehabprogress.files.OutputRefused;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.privacy.AnonymisedLogs;
import org.rehabprogress.privacy.AnonymisedTables;
import org.rehabprogress.privacy.ExportPlan;
import org.rehabprogress.privacy.Manifest;
import org.rehabprogress.privacy.WrittenFile;
import org.rehabprogress.report.ManifestJson;

/** The file work of {@code rehab anonymise}: writes the anonymised copy into its folder. */
public final class AnonymiseRun {

  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  private static final int BUFFER = 1 << 20;

  private AnonymiseRun() {}

  /**
   * Writes activities.csv, symptoms.csv, patients.csv, events.csv and medications.csv (the last
   * three when the input had them) and manifest.json into a fresh folder that replaces {@code out}
   * only when complete.
   *
   * @param plan the anonymisation of the data set read from {@code files}
   * @param files the input files, to know which optional files there were
   * @param out the folder to create or replace
   * @return the manifest written
   * @throws OutputFailure when a file cannot be written; {@code out} is then left as it was
   */
  public static Manifest write(ExportPlan plan, InputFolder files, Path out) throws OutputFailure {
    Manifest[] manifest = new Manifest[1];
    FolderSwap.replace(
        out,
        folder -> {
          List<WrittenFile> written = new ArrayList<>();
          // The two large files are written at once, symptoms on a second thread.
          FutureTask<WrittenFile> symptoms =
              new FutureTask<>(
                  () -> {
                    try (Writer w = open(folder.resolve("symptoms.csv"))) {
                      return AnonymisedLogs.symptoms(plan, w);
                    }
                  });
          Thread thread = new Thread(symptoms, "rehab-anonymise");
          thread.setDaemon(true);
          thread.start();
          try (Writer w = open(folder.resolve("activities.csv"))) {
            written.add(AnonymisedLogs.activities(plan, w));
          } finally {
            thread.join();
          }
          written.add(result(symptoms));
          if (files.patients() != null) {
            try (Writer w = open(folder.resolve("patients.csv"))) {
              written.add(AnonymisedTables.patients(plan, w));
            }
          }
          if (files.events() != null) {
            try (Writer w = open(folder.resolve("events.csv"))) {
              written.add(AnonymisedTables.events(plan, w));
            }
          }
          // After events: the manifest pairs each file written with the input's ledger in the
          // same order (activities, symptoms, patients, events, medications).
          if (files.medications() != null) {
            try (Writer w = open(folder.resolve("medications.csv"))) {
              written.add(AnonymisedTables.medications(plan, w));
            }
          }
          Dataset data = plan.data();
          manifest[0] = Manifest.of(plan, written, data.ledgers());
          try (Writer w = open(folder.resolve(MANIFEST))) {
            ManifestJson.write(manifest[0], ToolVersion.get(), w);
          }
        });
    return manifest[0];
  }

  /**
   * Checks the output folder before anything is read: it may not be, hold or lie in an input, the
   * catalog or the key, and may replace only an earlier anonymised copy ({@link OutputPolicy}).
   *
   * @throws OutputRefused when it may not be written
   */
  public static void check(Path out, InputFolder files, Path catalog, Path key)
      throws OutputRefused, IOException {
    OutputPolicy.folder(out, OutputKind.ANONYMISE, RunInputs.of(files, catalog, key));
  }

  private static WrittenFile result(FutureTask<WrittenFile> task) throws Exception {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw e;
    }
  }

  private static Writer open(Path path) throws IOException {
    return new OutputStreamWriter(
        new BufferedOutputStream(Files.newOutputStream(path), BUFFER), StandardCharsets.UTF_8);
  }
}
