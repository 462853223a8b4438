package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.pipeline.Validation;
import org.rehabprogress.report.LedgerText;
import org.rehabprogress.report.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehab validate}: reads and checks the inputs only. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Read and check the input files only: print the account of every row read and the first"
          + " rejected rows, and write every reject to a file.",
      "Exit 3 when any row was rejected, 4 when a file is missing or malformed, else 0."
    })
public final class ValidateCommand implements Callable<Integer> {

  private static final int SHOWN = 10;

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin MedicationsOption medications;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write every rejected row here (file,line,column,value,reason).")
  Path rejects;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "Activity catalog rows that extend or replace the built-in ones (see rehab catalog).")
  Path catalog;

  @Option(
      names = "--strict",
      description = "Accepted for symmetry with report: validate always exits 3 on rejects.")
  boolean strict;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rejects != null) {
      Validation.checkRejects(rejects, input.inputs(), catalog);
    }
    Dataset data;
    try (ProgressBar bar =
        ProgressBar.start(
            err, "reading", Validation.inputBytes(input.inputs(medications.medications)), quiet)) {
      data = input.inputs(medications.medications).read(bar.counter());
    }
    data.warnings().forEach(w -> err.println("rehab: warning: " + w));
    LedgerText.table(data.ledgers()).forEach(out::println);
    LedgerText.problems(data, SHOWN).forEach(out::println);
    ActivityCatalog activityCatalog = CatalogCsv.effective(catalog);
    Map<String, Long> unknown =
        ActivityClasses.unclassified(
            data.activities(), ActivityClasses.of(data.activities(), activityCatalog));
    if (!unknown.isEmpty()) {
      out.println("Unclassified activities (counted as neutral; add them to a catalog file):");
      unknown.forEach(
          (name, n) ->
              out.println(
                  "  " + TerminalText.value(name) + " (" + n + (n == 1 ? " entry)" : " entries)")));
    }
    if (rejects != null) {
      Validation.writeRejects(data, rejects);
      out.println("Wrote " + data.rejects().size() + " rejected rows to " + rejects);
    }
    out.flush();
    err.flush();
    return data.rejects().isEmpty() ? ExitCodes.OK : ExitCodes.REJECTED_ROWS;
  }
}
