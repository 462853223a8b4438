package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.cohort.CohortAnalysis;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.CohortPatient;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.cohort.SubgroupColumnMissing;
import org.rehabprogress.files.FolderSwap;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputKind;
import org.rehabprogress.files.OutputPolicy;
import org.rehabprogress.files.OutputRefused;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.report.CohortCsv;
import org.rehabprogress.report.CohortJson;
import org.rehabprogress.report.CohortSvgs;
import org.rehabprogress.report.CohortView;
import org.rehabprogress.report.DayPairsCsv;
import org.rehabprogress.report.Pages;
import org.rehabprogress.report.Provenance;
import org.rehabprogress.report.SummaryCsv;
import org.rehabprogress.tables.Subgroups;

/**
 * The file work of {@code rehab cohort}: reads the inputs and the catalog, analyses the cohort, and
 * writes its folder through {@link FolderSwap#replace}, so that a failure leaves an earlier folder
 * as it was and no half-written one.
 *
 * <p>Work that does not depend on the analysis runs beside it on a thread of its own: the inputs'
 * SHA-256 for the provenance while they are read and analysed, the charts while the tables are
 * written.
 */
public final class CohortRun {

  /**
   * The files a cohort run writes (per_patient.csv only with --per-patient, subgroups.csv only with
   * --by, day_pairs.csv only with --panel).
   */
  public static final List<String> FILES =
      List.of(
          "cohort.html",
          "per_patient.csv",
          "responders_by_site.csv",
          "activity_effects.csv",
          "activity_effects_unadjusted.csv",
          "trajectories.csv",
          "subgroups.csv",
          "day_pairs.csv",
          "outcome_panel.csv",
          "cohort.json");

  private CohortRun() {}

  /**
   * Runs a cohort analysis.
   *
   * @param request what to analyse and where
   * @param progress counts the input bytes read (may be null)
   * @return what was done; nothing is written when --strict meets a rejected row
   * @throws InputFileException when an input or catalog file is unusable
   * @throws OutputRefused when the output folder may not be replaced ({@link OutputPolicy})
   * @throws OutputFailure when the folder cannot be written (an earlier one is then as it was)
   * @throws IOException when an input cannot be read for its hash
   */
  public static CohortOutcome run(CohortRequest request, AtomicLong progress)
      throws InputFileException, IOException, OutputRefused {
    InputFolder files = request.inputs().files();
    OutputPolicy.folder(
        request.out(), OutputKind.COHORT, RunInputs.of(files, request.catalog(), null));
    ActivityCatalog catalog = CatalogCsv.effective(request.catalog());
    try (SideThread side = new SideThread("rehab-cohort-side")) {
      // Hashing 360 MB takes a second of one core: started first, it fills the gaps of reading
      // (whose assembly is partly serial) instead of adding to the run.
      SideThread.Pending<Provenance> provenance =
          side.start(
              () ->
                  RunProvenance.of(
                      files, request.catalog(), catalog, request.provenance(), request.runDate()));
      Dataset data = request.inputs().read(progress);
      if (request.strict() && !data.rejects().isEmpty()) {
        return new CohortOutcome(data, null, null);
      }
      CohortResult result =
          withSubgroups(CohortAnalysis.analyse(data, catalog, request.parameters()));
      CohortCells cells = CohortCells.of(result);
      SideThread.Pending<CohortSvgs> charts = side.start(() -> CohortCharting.draw(result, cells));
      write(result, cells, data, provenance, charts, request.out());
      return new CohortOutcome(data, result, cells);
    }
  }

  private static void write(
      CohortResult result,
      CohortCells cells,
      Dataset data,
      SideThread.Pending<Provenance> provenance,
      SideThread.Pending<CohortSvgs> charts,
      Path out)
      throws IOException {
    // Hashing reads the inputs: its failure is not the output's.
    Provenance hashed = provenance.get();
    FolderSwap.replace(
        out,
        folder -> {
          writePerPatient(result, folder);
          writeFigures(
              result,
              cells,
              data.ledgers(),
              data.rejects().size(),
              data.duplicates().size(),
              hashed,
              charts::get,
              folder);
        });
  }

  /**
   * Writes per_patient.csv into a folder that exists when the run asks for it ({@code
   * --per-patient}): the summary.csv columns of every analysed patient, in patient id order; and
   * day_pairs.csv with {@code --panel} (SPEC section 11), their day pairs in the same order.
   */
  public static void writePerPatient(CohortResult result, Path folder) throws IOException {
    // One row per patient: only with --per-patient (SPEC section 5).
    if (result.parameters().perPatient()) {
      try (Writer w = writer(folder, "per_patient.csv")) {
        SummaryCsv.write(result.patients().stream().map(CohortPatient::summary).toList(), w);
      }
    }
    // One row per day pair: only with --panel, which needs --per-patient (SPEC section 11).
    if (result.parameters().panel()) {
      try (Writer w = writer(folder, "day_pairs.csv")) {
        DayPairsCsv.write(result.patients().stream().map(CohortPatient::pairs).toList(), w);
      }
    }
  }

  /**
   * Writes every file of the cohort's folder but per_patient.csv into a folder that exists: the
   * figures across patients, their tables, cohort.json and cohort.html. The Spark job writes its
   * folder with this method and {@link #writePerPatient}, on its driver.
   *
   * @param result the cohort
   * @param cells its figures as they may be shown
   * @param ledgers the account of every input row
   * @param rejects the number of rejected rows
   * @param duplicates the number of exact repeats
   * @param provenance the provenance block
   * @param charts the cohort's charts
   * @param folder the folder to write into
   */
  public static void writeFigures(
      CohortResult result,
      CohortCells cells,
      List<FileLedger> ledgers,
      int rejects,
      int duplicates,
      Provenance provenance,
      CohortSvgs charts,
      Path folder)
      throws IOException {
    writeFigures(result, cells, ledgers, rejects, duplicates, provenance, () -> charts, folder);
  }

  /** Writes the figures as above; the charts are waited for only when the page needs them. */
  private static void writeFigures(
      CohortResult result,
      CohortCells cells,
      List<FileLedger> ledgers,
      int rejects,
      int duplicates,
      Provenance provenance,
      SideThread.Task<CohortSvgs> charts,
      Path folder)
      throws IOException {
    try (Writer w = writer(folder, "responders_by_site.csv")) {
      CohortCsv.sites(cells, w);
    }
    try (Writer w = writer(folder, "activity_effects.csv")) {
      CohortCsv.adjustedActivities(cells, w);
    }
    try (Writer w = writer(folder, "activity_effects_unadjusted.csv")) {
      CohortCsv.activities(cells, w);
    }
    try (Writer w = writer(folder, "trajectories.csv")) {
      CohortCsv.trajectories(cells, w);
    }
    if (!result.parameters().by().isEmpty()) {
      try (Writer w = writer(folder, "subgroups.csv")) {
        CohortCsv.subgroups(cells, result.parameters().by(), w);
      }
    }
    try (Writer w = writer(folder, "outcome_panel.csv")) {
      CohortCsv.outcomes(cells, w);
    }
    try (Writer w = writer(folder, "cohort.json")) {
      CohortJson.write(result, cells, provenance, w);
    }
    CohortView view =
        CohortView.of(result, cells, ledgers, rejects, duplicates, charts.call(), provenance);
    try (Writer w = writer(folder, "cohort.html")) {
      Pages.cohort(view, w);
    }
  }

  /**
   * Reads and analyses a cohort as {@link #run} does, writing nothing: the researchers' entry point
   * ({@code api.CohortTables}) returns its tables from this.
   *
   * @param inputs the input files
   * @param catalog the --catalog file, or null
   * @param parameters the cohort's options
   * @throws InputFileException when an input or catalog file is unusable
   * @throws IOException when an input cannot be read
   */
  public static CohortOutcome analyse(Inputs inputs, Path catalog, CohortParameters parameters)
      throws InputFileException, IOException {
    ActivityCatalog activities = CatalogCsv.effective(catalog);
    Dataset data = inputs.read(null);
    CohortResult result = withSubgroups(CohortAnalysis.analyse(data, activities, parameters));
    return new CohortOutcome(data, result, CohortCells.of(result));
  }

  /**
   * Returns the cohort with the subgroups of {@code --by} (SPEC section 11), computed with
   * Tablesaw; without {@code --by} the cohort itself, and Tablesaw is not loaded.
   *
   * @throws SubgroupColumnMissing when no analysed patient has a value in a column of {@code --by}
   */
  public static CohortResult withSubgroups(CohortResult result) {
    List<String> by = result.parameters().by();
    if (by.isEmpty()) {
      return result;
    }
    SubgroupColumnMissing.check(result.patients(), by);
    List<CohortPatient> patients = result.patients();
    double[] estimates = new double[patients.size()];
    double[] errors = new double[patients.size()];
    for (int i = 0; i < estimates.length; i++) {
      // SPEC 3b's adj_flagged_minus_low_impact with its standard error, NaN for none.
      estimates[i] = patients.get(i).adjusted().estimate();
      errors[i] = patients.get(i).adjusted().se();
    }
    return result.withSubgroups(Subgroups.of(patients, by, estimates, errors));
  }

  /** Returns the cohort's charts, drawn as {@code rehab cohort} draws them. */
  public static CohortSvgs charts(CohortResult result, CohortCells cells) {
    return CohortCharting.draw(result, cells);
  }

  private static Writer writer(Path folder, String name) throws IOException {
    return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
  }
}
