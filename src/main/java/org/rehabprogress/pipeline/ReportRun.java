package org.rehabprogress.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
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
   * @throws ReportRefused when no patient is in treatment by the end of the month, the report
   *     folder holds other files than an earlier report (see {@link ReportFolder}), or the report
   *     cannot be written there (an earlier report is then left as it was)
   * @throws IOException when an input file cannot be read for its hash
   */
  public static ReportOutcome run(
      ReportRequest request, ReportCharts charts, ReportProgress progress)
      throws InputFileException, IOException, ReportRefused {
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
      throws InputFileException, IOException, ReportRefused {
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
    Path target = ReportFolder.checked(folder, files);
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
    try {
      FolderSwap.replace(
          target, temp -> ReportFiles.write(temp, report, charts, request.png(), done));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // A full disk or a folder without write permission: nothing was replaced.
      ReportRefused refused =
          new ReportRefused(
              "cannot write " + folder + " (" + why(e) + "); choose a writable --out folder");
      refused.initCause(e);
      throw refused;
    }
    return new ReportOutcome(data, report, folder);
  }

  /** Returns what went wrong in a file operation, in words. */
  static String why(Exception e) {
    if (e instanceof FileSystemException f) {
      String reason = f.getReason();
      if (reason == null) {
        if (e instanceof AccessDeniedException) {
          reason = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
          reason = "a file is in the way";
        } else if (e instanceof NoSuchFileException) {
          reason = "no such file or folder";
        } else {
          reason = "cannot be written";
        }
      }
      return f.getFile() + ": " + reason;
    }
    return String.valueOf(e.getMessage());
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
