package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFolder;
import org.rehabprogress.pipeline.AnonymiseRun;
import org.rehabprogress.pipeline.KeyFile;
import org.rehabprogress.pipeline.Validation;
import org.rehabprogress.privacy.DateRegime;
import org.rehabprogress.privacy.ExportPlan;
import org.rehabprogress.privacy.Manifest;
import org.rehabprogress.privacy.PseudonymKey;
import org.rehabprogress.report.LedgerText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehab anonymise}: writes a copy of the inputs that is safe to share (SPEC section 6). */
@Command(
    name = "anonymise",
    mixinStandardHelpOptions = true,
    description = {
      "Write the canonical files again, safe to share: keyed pseudonyms for patient ids, study"
          + " (or shifted) dates, notes and event text dropped, activity names as the catalog"
          + " names them (others as unclassified), age bands for birth years, sites as keyed"
          + " codes kept only where at least --min-cell patients share them, medications as their"
          + " opioid ingredient and daily dose (never the drug's text), and a manifest.json.",
      "Rejected rows are not exported. Exit 4 when an input or the key file is missing or"
          + " unusable, 3 with --strict when a row was rejected, else 0."
    })
public final class AnonymiseCommand implements Callable<Integer> {

  private static final int SHOWN = 10;

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin MedicationsOption medications;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write the anonymised copy to (replaced when complete).")
  Path out;

  @Option(
      names = "--key-file",
      required = true,
      paramLabel = "FILE",
      description =
          "The secret behind the pseudonyms and date shifts (its bytes as stored). Keep it apart"
              + " from the export: the same key gives the same pseudonyms.")
  Path keyFile;

  @Mixin ExportRules rules;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "Activity catalog rows that extend or replace the built-in ones.")
  Path catalog;

  @Option(names = "--strict", description = "Write nothing and exit 3 when a row is rejected.")
  boolean strict;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter outText = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DateRegime regime = rules.regime();
    int minCell = rules.minCell();
    InputFolder files = input.inputs(medications.medications).files();
    AnonymiseRun.check(out, files, catalog, keyFile);
    PseudonymKey key = KeyFile.read(keyFile);
    if (key.length() < KeyFile.ADVISED_BYTES) {
      err.println(
          "rehab: warning: the key file holds "
              + key.length()
              + " bytes; a key of at least "
              + KeyFile.ADVISED_BYTES
              + " random bytes keeps pseudonyms from being guessed");
    }
    var activityCatalog = CatalogCsv.effective(catalog);
    Dataset data;
    try (ProgressBar bar = ProgressBar.start(err, "reading", Validation.inputBytes(files), quiet)) {
      data = input.inputs(medications.medications).read(files, bar.counter());
    }
    data.warnings().forEach(w -> err.println("rehab: warning: " + w));
    LedgerText.table(data.ledgers()).forEach(outText::println);
    LedgerText.problems(data, SHOWN).forEach(outText::println);
    if (strict && !data.rejects().isEmpty()) {
      err.println(
          "rehab: --strict: " + data.rejects().size() + " rows were rejected; nothing written");
      err.flush();
      outText.flush();
      return ExitCodes.REJECTED_ROWS;
    }
    ExportPlan plan = ExportPlan.of(data, activityCatalog, key, regime, minCell);
    Manifest manifest = AnonymiseRun.write(plan, files, out);
    summary(manifest).forEach(outText::println);
    outText.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private List<String> summary(Manifest m) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Wrote an anonymised copy of "
            + m.patients()
            + (m.patients() == 1 ? " patient" : " patients")
            + " to "
            + out
            + " ("
            + m.regime().label()
            + ", min-cell "
            + m.minCell()
            + "):");
    for (Manifest.FileEntry f : m.files()) {
      lines.add("  " + f.file() + ": " + f.rows() + " rows");
    }
    lines.add("  " + AnonymiseRun.MANIFEST);
    if (m.patientsLeftOut() > 0) {
      lines.add(
          "Left out "
              + m.patientsLeftOut()
              + (m.patientsLeftOut() == 1 ? " patient" : " patients")
              + " with no treatment_start and no entry (no start to date from).");
    }
    lines.add(
        "Sites coded: "
            + m.sites().kept()
            + ", dropped: "
            + m.sites().blanked()
            + "; activity names the catalog knows: "
            + m.activityNames().catalog()
            + ", written as unclassified: "
            + m.activityNames().unclassified()
            + ".");
    return lines;
  }
}
