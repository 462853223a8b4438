package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.concurrent.Callable;
import org.rehabprogress.pipeline.ChartDrawing;
import org.rehabprogress.pipeline.ReportOutcome;
import org.rehabprogress.pipeline.ReportRequest;
import org.rehabprogress.pipeline.ReportRun;
import org.rehabprogress.report.LedgerText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rehab report}: the clinician's monthly report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes the clinic's monthly report: index.html (every patient, worst first, with what"
          + " changed since last month and a data-quality panel; index-by-change.html orders each"
          + " group by the size of the pain change), a page and three charts per patient,"
          + " summary.csv, activity_comparison.csv, rejects.csv, duplicates.csv and report.json;"
          + " with --pdf also a one-page PDF per patient and clinic.pdf.",
      "A month with no entry, or whose newest entry is more than 14 days before its end, is"
          + " announced (exit 0): every patient would look lost to follow-up.",
      "The folder is replaced only when the new report is complete. Exit 3 under --strict when"
          + " any row was rejected (nothing is written), 4 when an input file is missing or"
          + " malformed."
    })
public final class ReportCommand implements Callable<Integer> {

  private static final int SHOWN = 10;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin MedicationsOption medications;

  @Option(
      names = "--month",
      paramLabel = "yyyy-MM",
      description = "Report month (default: the latest month with a symptom or activity entry).")
  String month;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Report folder, replaced when complete (default: reports/<yyyy-MM>).")
  Path outFolder;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "Activity catalog rows that extend or replace the built-in ones (see rehab catalog).")
  Path catalog;

  @Option(names = "--strict", description = "Fail (exit 3, nothing written) on any rejected row.")
  boolean strict;

  @Mixin RunDate runDate;

  @Option(names = "--png", description = "Write PNG charts beside the SVG ones.")
  boolean png;

  @Option(
      names = "--pdf",
      description =
          "Write a one-page A4 PDF per patient (patients/<id>.pdf) and clinic.pdf (the overview).")
  boolean pdf;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportRequest request =
        new ReportRequest(
            input.inputs(medications.medications),
            month(),
            outFolder,
            catalog,
            strict,
            png,
            pdf,
            runDate.get(),
            input.dateFormat);
    ReportOutcome outcome;
    try (Bars bars = new Bars(err, quiet)) {
      outcome = ReportRun.run(request, ChartDrawing.INSTANCE, bars);
    }
    outcome.data().warnings().forEach(w -> err.println("rehab: warning: " + w));
    if (outcome.written() && outcome.report().staleExport() != null) {
      // Information, not a failure: the report is written and the exit code stays 0.
      err.println("rehab: warning: " + outcome.report().staleExport());
    }
    if (!outcome.written()) {
      err.println(
          "rehab: --strict: "
              + outcome.data().rejects().size()
              + (outcome.data().rejects().size() == 1 ? " row was" : " rows were")
              + " rejected; nothing written");
      outcome.data().rejects().stream()
          .limit(SHOWN)
          .map(LedgerText::shown)
          .forEach(r -> err.println("  " + r));
      if (outcome.data().rejects().size() > SHOWN) {
        err.println(
            "  ... and "
                + (outcome.data().rejects().size() - SHOWN)
                + " more; rehab validate --rejects FILE writes them all");
      }
      err.flush();
      return ExitCodes.REJECTED_ROWS;
    }
    ReportSummaryText.lines(outcome).forEach(out::println);
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private YearMonth month() {
    if (month == null) {
      return null;
    }
    try {
      return YearMonth.parse(month.strip(), MONTH);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--month \"" + month + "\" is not a month; write yyyy-MM, e.g. 2026-10");
    }
  }
}
