package org.rehabprogress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.cohort.CohortCells;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.cohort.CohortResult;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.pipeline.CohortRun;
import org.rehabprogress.pipeline.Validation;
import org.rehabprogress.privacy.SmallCells;
import org.rehabprogress.report.CohortSummaryText;
import org.rehabprogress.report.LedgerText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehab cohort}: the researchers' cohort analysis over every patient's whole log. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse every patient over the whole log (or up to --to) and write cohort.html, CSV tables"
          + " and cohort.json: responders with Wilson intervals, the flagged-minus-low-impact"
          + " effect with the Wilcoxon signed-rank test and Hodges-Lehmann interval, per-activity"
          + " estimates, pain by week since start and responders by site.",
      "Figures counting or computed from fewer than --min-cell patients show as <N."
    })
public final class CohortCommand implements Callable<Integer> {

  private static final int SHOWN = 10;

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "reports/cohort",
      description = "Output folder, replaced when the run succeeds (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--from",
      paramLabel = "DAY",
      description = "Leave out patients whose start is before DAY (yyyy-MM-dd).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DAY",
      description =
          "End each patient at the last logged day on or before DAY (yyyy-MM-dd); leave out"
              + " patients starting after it.")
  LocalDate to;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      defaultValue = "" + SmallCells.DEFAULT_MIN_CELL,
      description =
          "Suppress any figure counting or computed from fewer than N patients (default:"
              + " ${DEFAULT-VALUE}).")
  int minCell;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "Activity catalog rows that extend or replace the built-in ones (see rehab catalog).")
  Path catalog;

  @Option(
      names = "--as-of",
      paramLabel = "DAY",
      description = "The run date written in the provenance (default: today).")
  LocalDate asOf;

  @Option(names = "--strict", description = "Fail (exit 3) when any input row was rejected.")
  boolean strict;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws InputFileException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CohortParameters parameters = parameters();
    ActivityCatalog activityCatalog = CatalogCsv.effective(catalog);
    Dataset data;
    try (ProgressBar bar =
        ProgressBar.start(err, "reading", Validation.inputBytes(input.inputs()), quiet)) {
      data = input.inputs().read(bar.counter());
    }
    data.warnings().forEach(w -> err.println("rehab: warning: " + w));
    LedgerText.table(data.ledgers()).forEach(out::println);
    if (strict && !data.rejects().isEmpty()) {
      LedgerText.problems(data, SHOWN).forEach(out::println);
      out.println("Nothing written: --strict and " + data.rejects().size() + " rejected rows.");
      out.flush();
      return ExitCodes.REJECTED_ROWS;
    }
    if (!data.rejects().isEmpty()) {
      out.println(
          data.rejects().size()
              + " rejected rows left out; rehab validate --rejects FILE lists them.");
    }
    CohortResult result = CohortRun.analyse(data, activityCatalog, parameters);
    CohortCells cells = CohortCells.of(result);
    CohortRun.write(result, cells, null, this.out);
    CohortSummaryText.lines(cells).forEach(out::println);
    out.println("Wrote " + this.out);
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private CohortParameters parameters() {
    if (minCell < 1) {
      throw new UsageException("--min-cell must be 1 or more, got " + minCell);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new UsageException("--from " + from + " is after --to " + to);
    }
    return new CohortParameters(from, to, minCell);
  }
}
