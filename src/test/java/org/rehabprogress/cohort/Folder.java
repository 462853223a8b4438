package org.rehabprogress.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.pipeline.Inputs;

/** Writes canonical CSV files into a folder line by line and reads them as ingest does. */
final class Folder {

  private final Path dir;
  private final StringBuilder symptoms = new StringBuilder("patient_id,date,pain\n");
  private final StringBuilder activities =
      new StringBuilder("patient_id,date,activity,duration_min\n");
  private final StringBuilder patients = new StringBuilder("patient_id,treatment_start,site\n");

  Folder(Path dir) {
    this.dir = dir;
  }

  /** Adds one pain row per value on consecutive days from {@code from}. */
  Folder pain(String id, String from, double... values) {
    LocalDate day = LocalDate.parse(from);
    for (double v : values) {
      symptoms.append(id).append(',').append(day).append(',').append(v).append('\n');
      day = day.plusDays(1);
    }
    return this;
  }

  /** Adds the same pain on {@code days} consecutive days from {@code from}. */
  Folder painDays(String id, String from, int days, double value) {
    double[] values = new double[days];
    java.util.Arrays.fill(values, value);
    return pain(id, from, values);
  }

  /** Adds an activity entry of 30 minutes. */
  Folder activity(String id, String date, String name) {
    activities.append(id).append(',').append(date).append(',').append(name).append(",30\n");
    return this;
  }

  /** Adds a patients.csv row; {@code start} and {@code site} may be empty. */
  Folder patient(String id, String start, String site) {
    patients.append(id).append(',').append(start).append(',').append(site).append('\n');
    return this;
  }

  /** Writes the files and reads them back. */
  Dataset read() {
    try {
      Files.writeString(dir.resolve("symptoms.csv"), symptoms, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("activities.csv"), activities, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("patients.csv"), patients, StandardCharsets.UTF_8);
      return new Inputs(dir, null, null, null, null, null, null).read(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputFileException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the files and analyses the cohort with the built-in catalog. */
  CohortResult cohort(CohortParameters parameters) {
    return CohortAnalysis.analyse(read(), CatalogCsv.builtin(), parameters);
  }
}
