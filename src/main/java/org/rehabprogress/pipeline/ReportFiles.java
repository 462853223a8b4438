package org.rehabprogress.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.report.ActivityComparisonCsv;
import org.rehabprogress.report.IndexPage;
import org.rehabprogress.report.MonthReport;
import org.rehabprogress.report.Pages;
import org.rehabprogress.report.PatientPage;
import org.rehabprogress.report.RejectsCsv;
import org.rehabprogress.report.ReportJson;
import org.rehabprogress.report.ReportedPatient;
import org.rehabprogress.report.SummaryCsv;

/**
 * Writes a monthly report into an empty folder: the CSV and JSON files, then each patient's charts
 * and page on all cores, then the overview. Every file is written once, in full.
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
   * @param done counts the patients written
   */
  static void write(
      Path folder, MonthReport report, ReportCharts charts, boolean png, AtomicLong done)
      throws IOException {
    Files.createDirectories(folder.resolve(PATIENTS));
    Files.createDirectories(folder.resolve(CHARTS));
    List<PatientResult> results = report.patients().stream().map(ReportedPatient::result).toList();
    List<PatientSummary> summaries = results.stream().map(PatientResult::summary).toList();
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
    List<String> sparklines;
    try {
      sparklines =
          IntStream.range(0, report.patients().size())
              .parallel()
              .mapToObj(i -> patient(folder, report, i, charts, png, done))
              .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.writeString(
        folder.resolve("index.html"),
        Pages.index(IndexPage.view(report, sparklines)),
        StandardCharsets.UTF_8);
  }

  /** Draws and writes one patient's charts and page; returns the patient's sparkline. */
  private static String patient(
      Path folder, MonthReport report, int i, ReportCharts charts, boolean png, AtomicLong done) {
    ReportedPatient p = report.patients().get(i);
    DrawnCharts drawn = charts.draw(p.result(), p.context().events(), png);
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
      Files.writeString(
          inside(folder.resolve(PATIENTS), name + ".html"),
          Pages.patient(PatientPage.view(report, p, drawn.svg())),
          StandardCharsets.UTF_8);
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
