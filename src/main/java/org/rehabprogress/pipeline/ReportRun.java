package org.rehabprogress.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.files.FolderSwap;
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
   * @throws NothingToReport when no patient is in treatment by the end of the month
   * @throws IOException when the report cannot be written
   */
  public static ReportOutcome run(
      ReportRequest request, ReportCharts charts, ReportProgress progress)
      throws InputFileException, IOException, NothingToReport {
    InputFolder files = request.inputs().files();
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
    Provenance provenance =
        RunProvenance.of(
            files, request.catalog(), catalog, parameters(request, month), request.runDate());
    MonthReport report = ReportAssembly.assemble(data, catalog, month, provenance);
    if (report.patients().isEmpty()) {
      YearMonth latest = ReportAssembly.latestMonth(data);
      throw new NothingToReport(
          "no patient is in treatment by "
              + month.atEndOfMonth()
              + (latest == null ? "" : "; the latest month with entries is " + latest)
              + "; choose another --month");
    }
    Path folder = request.folder(month);
    AtomicLong done = progress.writing(report.patients().size());
    try {
      FolderSwap.replace(
          folder, temp -> ReportFiles.write(temp, report, charts, request.png(), done));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot write " + folder + ": " + e.getMessage(), e);
    }
    return new ReportOutcome(data, report, folder);
  }

  private static Map<String, Object> parameters(ReportRequest request, YearMonth month) {
    Map<String, Object> p = new HashMap<>();
    p.put("month", month.toString());
    p.put("strict", request.strict());
    p.put("png", request.png());
    p.put("date_format", request.dateFormat());
    p.put("catalog", request.catalog() == null ? null : request.catalog().toString());
    return p;
  }
}
