package org.rehabprogress.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.files.FolderSwap;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputKind;
import org.rehabprogress.files.OutputPolicy;
import org.rehabprogress.files.OutputRefused;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.report.MonthReport;
import org.rehabprogress.report.Provenance;

/**
 * The file work of {@code rehab report}: reads the inputs and the catalog, assembles the month's
 * report, and writes it through {@link FolderSwap#replace}, so that a failure or a kill leaves an
 * earlier report in place and no half-written folder.
 */
public final class ReportRun {

  private ReportRun() {}

  /**
   * Runs a report.
   *
   * @param request what to report and where
   * @param charts draws the charts
   * @param progress counts the work done
   * @return what was done; nothing is written when {@code --strict} meets a rejected row
   * @throws InputFileException when an input or catalog file is unusable, or there is no symptom or
   *     activity entry to choose a month from
   * @throws ReportRefused when no patient is in treatment by the end of the month
   * @throws OutputRefused when the report folder may not be replaced ({@link OutputPolicy})
   * @throws OutputFailure when the report cannot be written (an earlier report is then as it was)
   * @throws IOException when an input file cannot be read for its hash
   */
  public static ReportOutcome run(
      ReportRequest request, ReportCharts charts, ReportProgress progress)
      throws InputFileException, IOException, ReportRefused, OutputRefused {
    InputFolder files = request.inputs().files();
    try (SideThread side = new SideThread("rehab-report-side")) {
      // Hashing the inputs for the provenance takes a third of a second per 35 MB of one core:
      // started first, it fills the serial parts of reading instead of adding to the run.
      SideThread.Pending<List<Provenance.InputFile>> hashed =
          side.start(() -> RunProvenance.inputs(files));
      return run(request, charts, progress, files, hashed);
    }
  }

  private static ReportOutcome run(
      ReportRequest request,
      ReportCharts charts,
      ReportProgress progress,
      InputFolder files,
      SideThread.Pending<List<Provenance.InputFile>> hashed)
      throws InputFileException, IOException, ReportRefused, OutputRefused {
    Dataset data = request.inputs().read(progress.reading(Validation.inputBytes(request.inputs())));
    if (request.strict() && !data.rejects().isEmpty()) {
      return new ReportOutcome(data, null, null);
    }
    ActivityCatalog catalog = CatalogCsv.effective(request.catalog());
    YearMonth month = request.month() != null ? request.month() : ReportAssembly.latestMonth(data);
    if (month == null) {
      throw new InputFileException(
          files.symptoms().toString(),
          0,
          "no symptom or activity entry to report on",
          "check that --in names the folder with the clinic's files, or run rehab validate");
    }
    Path folder = request.folder(month);
    OutputPolicy.folder(folder, OutputKind.REPORT, RunInputs.of(files, request.catalog(), null));
    Provenance provenance =
        RunProvenance.of(
            hashed.get(),
            request.catalog(),
            catalog,
            parameters(request, month),
            request.runDate());
    MonthReport report = ReportAssembly.assemble(data, catalog, month, provenance);
    if (report.patients().isEmpty()) {
      YearMonth latest = ReportAssembly.latestMonth(data);
      throw new ReportRefused(
          "no patient is in treatment by "
              + month.atEndOfMonth()
              + (latest == null ? "" : "; the latest month with entries is " + latest)
              + "; choose another --month");
    }
    AtomicLong done = progress.writing(report.patients().size());
    FolderSwap.replace(
        folder,
        temp -> ReportFiles.write(temp, report, charts, request.png(), request.pdf(), done));
    return new ReportOutcome(data, report, folder);
  }

  private static Map<String, Object> parameters(ReportRequest request, YearMonth month) {
    Map<String, Object> p = new HashMap<>();
    p.put("month", month.toString());
    p.put("strict", request.strict());
    p.put("png", request.png());
    p.put("pdf", request.pdf());
    p.put("date_format", request.dateFormat());
    p.put("catalog", request.catalog() == null ? null : request.catalog().toString());
    return p;
  }
}
