package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rehabprogress.cohort.CohortParameters;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.pipeline.CohortOutcome;
import org.rehabprogress.pipeline.CohortRequest;
import org.rehabprogress.pipeline.CohortRun;
import org.rehabprogress.pipeline.Validation;
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
      "Writes the researchers' cohort analysis of every patient over the whole log (or up to"
          + " --to): cohort.html, responders_by_site.csv, activity_effects.csv,"
          + " activity_effects_unadjusted.csv, trajectories.csv and cohort.json (and"
          + " per_patient.csv with --per-patient, subgroups.csv with --by, day_pairs.csv with"
          + " --panel), with responders"
          + " (Wilson 95%% intervals, also under intention to treat), the flagged-minus-low-impact"
          + " difference in next-day pain adjusted within patients for the day's own pain and"
          + " pooled across patients (REML random effects), the same per activity with Holm's"
          + " p-values, the choice check, the unadjusted comparisons (Wilcoxon signed-rank test,"
          + " Hodges-Lehmann estimate and interval), pain by week since start, responders by"
          + " site, and the FBSS outcome panel (outcome_panel.csv): leg pain responders and the"
          + " ODI change across patients.",
      "Any figure counting or computed from 1 to --min-cell - 1 patients shows as <N, and one"
          + " that would reveal such a figure as suppressed. The folder is replaced only when"
          + " complete. Exit 3 under --strict when any row was"
          + " rejected (nothing is written), 4 when an input file is missing or malformed."
    })
public final class CohortCommand implements Callable<Integer> {

  private static final int SHOWN = 10;

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin MedicationsOption medications;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "reports/cohort",
      description = "Output folder, replaced when the run succeeds (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin CohortBounds bounds;

  // Here rather than in CohortBounds: the Spark job writes no day_pairs.csv.
  @Option(
      names = "--panel",
      description =
          "Also write day_pairs.csv, the day-pair panel of the adjusted comparison (one row per"
              + " day pair: patient_id, day since start, p, y, F, L, O, minutes by class), for"
              + " refitting the model in R; needs --per-patient.")
  boolean panel;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "Activity catalog rows that extend or replace the built-in ones (see rehab catalog).")
  Path catalog;

  @Mixin RunDate runDate;

  @Option(names = "--strict", description = "Fail (exit 3, nothing written) on any rejected row.")
  boolean strict;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  /** Returns the parameters with --panel, which needs --per-patient (a usage error without). */
  private CohortParameters panelled(CohortParameters parameters) {
    if (panel && !parameters.perPatient()) {
      throw new UsageException(CohortParameters.PANEL_NEEDS_PER_PATIENT);
    }
    return parameters.withPanel(panel);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CohortRequest request =
        new CohortRequest(
            input.inputs(medications.medications),
            panelled(bounds.parameters()),
            this.out,
            catalog,
            strict,
            runDate.get(),
            input.dateFormat);
    CohortOutcome outcome;
    try (ProgressBar bar =
        ProgressBar.start(err, "reading", Validation.inputBytes(request.inputs()), quiet)) {
      outcome = CohortRun.run(request, bar.counter());
    }
    Dataset data = outcome.data();
    data.warnings().forEach(w -> err.println("rehab: warning: " + w));
    LedgerText.table(data.ledgers()).forEach(out::println);
    if (!outcome.written()) {
      out.flush();
      err.println(
          "rehab: --strict: "
              + data.rejects().size()
              + (data.rejects().size() == 1 ? " row was" : " rows were")
              + " rejected; nothing written");
      data.rejects().stream()
          .limit(SHOWN)
          .map(LedgerText::shown)
          .forEach(r -> err.println("  " + r));
      if (data.rejects().size() > SHOWN) {
        err.println(
            "  ... and "
                + (data.rejects().size() - SHOWN)
                + " more; rehab validate --rejects FILE writes them all");
      }
      err.flush();
      return ExitCodes.REJECTED_ROWS;
    }
    if (!data.rejects().isEmpty()) {
      out.println(
          data.rejects().size()
              + (data.rejects().size() == 1 ? " rejected row" : " rejected rows")
              + " left out; rehab validate --rejects FILE lists them.");
    }
    CohortSummaryText.lines(outcome.result(), outcome.cells()).forEach(out::println);
    out.println("Wrote " + this.out);
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
