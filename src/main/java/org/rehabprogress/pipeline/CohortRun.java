package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.cohort.CohortAnalysis;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.files.FolderSwap;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.report.CohortCsv;
import org.rehabprogress.report.CohortJson;
import org.rehabprogress.report.SummaryCsv;

/** The file work of {@code rehab cohort}: analyse a data set and write the cohort's folder. */
public final class CohortRun {

  /** The files a cohort run writes, in the order it writes them. */
  public static final List<String> FILES =
      List.of(
          "per_patient.csv",
          "responders_by_site.csv",
          "activity_effects.csv",
          "trajectories.csv",
          "cohort.json");

  private CohortRun() {}

  /** Returns the cohort of a data set read with its catalog; no files are touched. */
  public static CohortResult analyse(
      Dataset data, ActivityCatalog catalog, CohortParameters parameters) {
    return CohortAnalysis.analyse(data, catalog, parameters);
  }

  /**
   * Writes the cohort's folder, replacing it only when every file is written: a failed run leaves
   * an earlier folder as it was.
   *
   * @param result the cohort
   * @param cells its figures as they may be shown
   * @param provenance the provenance block of cohort.json, or null
   * @param out the folder to write
   */
  public static void write(CohortResult result, CohortCells cells, Object provenance, Path out)
      throws IOException {
    try {
      FolderSwap.replace(
          out,
          folder -> {
            try (Writer w = writer(folder, "per_patient.csv")) {
              SummaryCsv.write(result.patients().stream().map(CohortPatient::summary).toList(), w);
            }
            writeFigures(result, cells, provenance, folder);
          });
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  /**
   * Writes every file of the cohort's folder but per_patient.csv into a folder that exists: the
   * figures across patients. The Spark job writes per_patient.csv with Spark and these here.
   *
   * @param result the cohort
   * @param cells its figures as they may be shown
   * @param provenance the provenance block of cohort.json, or null
   * @param folder the folder to write into
   */
  public static void writeFigures(
      CohortResult result, CohortCells cells, Object provenance, Path folder) throws IOException {
    try (Writer w = writer(folder, "responders_by_site.csv")) {
      CohortCsv.sites(cells, w);
    }
    try (Writer w = writer(folder, "activity_effects.csv")) {
      CohortCsv.activities(cells, w);
    }
    try (Writer w = writer(folder, "trajectories.csv")) {
      CohortCsv.trajectories(cells, w);
    }
    try (Writer w = writer(folder, "cohort.json")) {
      CohortJson.write(result, cells, provenance, w);
    }
  }

  private static Writer writer(Path folder, String name) throws IOException {
    return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
  }
}
