package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.report.ActivityComparisonCsv;
import org.rehabprogress.report.IndexPage;
import org.rehabprogress.report.IndexView;
import org.rehabprogress.report.MonthReport;
import org.rehabprogress.report.Pages;
import org.rehabprogress.report.PatientPage;
import org.rehabprogress.report.PatientView;
import org.rehabprogress.report.RejectsCsv;
import org.rehabprogress.report.ReportJson;
import org.rehabprogress.report.ReportedPatient;
import org.rehabprogress.report.SummaryCsv;

/**
 * Writes a monthly report into an empty folder: the CSV and JSON files, then each patient's charts
 * and page (and PDF, when asked) on all cores, then the overview (and clinic.pdf). Every file is
 * written once, in full.
 */
final class ReportFiles {

  static final String PATIENTS = "patients";
  static final String CHARTS = "charts";

  private ReportFiles() {}

  /**
   * Writes the report's files.
   *
   * @param folder an empty folder
   * @param report the report
   * @param charts draws the charts
   * @param png whether to write PNG charts too
   * @param pdf whether to write a PDF per patient and clinic.pdf
   * @param done counts the patients written
   */
  static void write(
      Path folder,
      MonthReport report,
      ReportCharts charts,
      boolean png,
      boolean pdf,
      AtomicLong done)
      throws IOException {
    Files.createDirectories(folder.resolve(PATIENTS));
    Files.createDirectories(folder.resolve(CHARTS));
    List<String> sparklines = patients(folder, report, charts, png, pdf, done);
    IndexView overview = IndexPage.view(report, sparklines, false);
    try (Writer w = writer(folder.resolve(IndexPage.BY_ID_FILE))) {
      Pages.index(overview, w);
    }
    try (Writer w = writer(folder.resolve(IndexPage.BY_SIZE_FILE))) {
      Pages.index(IndexPage.view(report, sparklines, true), w);
    }
    if (pdf) {
      ReportPdfs.clinic(folder.resolve("clinic.pdf"), overview);
    }
  }

  /**
   * Writes the tables (CSV and JSON) and draws and writes every patient's charts and page, all as
   * tasks on all cores, and returns the sparklines in patient order. Every task has ended when this
   * returns or throws, so that a failed run's folder can be deleted without a task still writing
   * into it; after a failure the tasks not yet begun are skipped.
   */
  private static List<String> patients(
      Path folder,
      MonthReport report,
      ReportCharts charts,
      boolean png,
      boolean pdf,
      AtomicLong done)
      throws IOException {
    String[] sparklines = new String[report.patients().size()];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    IntStream.range(-1, sparklines.length)
        .parallel()
        .forEach(
            i -> {
              if (failure.get() == null) {
                try {
                  if (i < 0) {
                    tables(folder, report);
                  } else {
                    sparklines[i] = patient(folder, report, i, charts, png, pdf, done);
                  }
                } catch (RuntimeException | Error e) {
                  failure.compareAndSet(null, e);
                }
              }
            });
    Throwable e = failure.get();
    if (e instanceof UncheckedIOException) {
      throw ((UncheckedIOException) e).getCause();
    }
    if (e instanceof RuntimeException) {
      throw (RuntimeException) e;
    }
    if (e != null) {
      throw (Error) e;
    }
    return List.of(sparklines);
  }

  /** Writes summary.csv, activity_comparison.csv, rejects.csv, duplicates.csv and report.json. */
  private static void tables(Path folder, MonthReport report) {
    List<PatientResult> results = report.patients().stream().map(ReportedPatient::result).toList();
    List<PatientSummary> summaries = results.stream().map(PatientResult::summary).toList();
    try {
      try (Writer w = writer(folder.resolve("summary.csv"))) {
        SummaryCsv.write(summaries, w);
      }
      try (Writer w = writer(folder.resolve("activity_comparison.csv"))) {
        ActivityComparisonCsv.write(results, w);
      }
      try (Writer w = writer(folder.resolve("rejects.csv"))) {
        RejectsCsv.write(report.rejects(), w);
      }
      try (Writer w = writer(folder.resolve("duplicates.csv"))) {
        RejectsCsv.writeDuplicates(report.duplicates(), w);
      }
      try (Writer w = writer(folder.resolve("report.json"))) {
        ReportJson.write(report, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws and writes one patient's charts and page; returns the patient's sparkline. */
  private static String patient(
      Path folder,
      MonthReport report,
      int i,
      ReportCharts charts,
      boolean png,
      boolean pdf,
      AtomicLong done) {
    ReportedPatient p = report.patients().get(i);
    DrawnCharts drawn = charts.draw(p.result(), p.context(), png, pdf);
    String name = p.fileName();
    Path chartFolder = folder.resolve(CHARTS);
    try {
      Files.writeString(
          inside(chartFolder, name + "-timeline.svg"),
          drawn.svg().timeline(),
          StandardCharsets.UTF_8);
      Files.writeString(
          inside(chartFolder, name + "-weekly.svg"), drawn.svg().weekly(), StandardCharsets.UTF_8);
      Files.writeString(
          inside(chartFolder, name + "-nextday.svg"),
          drawn.svg().nextDay(),
          StandardCharsets.UTF_8);
      if (png) {
        Files.write(inside(chartFolder, name + "-timeline.png"), drawn.timelinePng());
        Files.write(inside(chartFolder, name + "-weekly.png"), drawn.weeklyPng());
        Files.write(inside(chartFolder, name + "-nextday.png"), drawn.nextDayPng());
      }
      PatientView view = PatientPage.view(report, p, drawn.svg());
      try (Writer w = writer(inside(folder.resolve(PATIENTS), name + ".html"))) {
        Pages.patient(view, w);
      }
      if (pdf) {
        ReportPdfs.patient(
            inside(folder.resolve(PATIENTS), name + ".pdf"), view, drawn.timelinePdf());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    done.incrementAndGet();
    return charts.sparkline(p.result(), "s" + i + "-");
  }

  /** Returns a file of a folder, refusing a name that would leave it. */
  static Path inside(Path folder, String name) {
    Path file = folder.resolve(name).normalize();
    if (!file.getParent().equals(folder.normalize())) {
      throw new IllegalArgumentException("file name leaves its folder: " + name);
    }
    return file;
  }

  private static Writer writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
