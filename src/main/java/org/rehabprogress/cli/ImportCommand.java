package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rehabprogress.importer.ImportLedger;
import org.rehabprogress.importer.ImportOptionException;
import org.rehabprogress.importer.ImportOptions;
import org.rehabprogress.importer.Importer;
import org.rehabprogress.importer.Importers;
import org.rehabprogress.importer.PatientIdRule;
import org.rehabprogress.importer.SourceReject;
import org.rehabprogress.pipeline.ImportRun;
import org.rehabprogress.report.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehab import}: converts an export into canonical files and prints its ledger. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Converts an export into the canonical files (activities.csv, symptoms.csv, ...), merging"
          + " into the folder --out: rows are appended, rows already there count as duplicates,"
          + " and what cannot be mapped goes to rejects.csv with a reason."
    })
public final class ImportCommand implements Callable<Integer> {

  /** The Bearable symptoms that count as pain unless --pain-symptoms says otherwise. */
  static final String DEFAULT_PAIN_SYMPTOMS =
      "back (lower) pain,back (upper) pain,back pain,lower back pain";

  /** The Bearable symptoms that count as leg pain unless --leg-pain-symptoms says otherwise. */
  static final String DEFAULT_LEG_PAIN_SYMPTOMS = "leg pain,sciatica";

  private static final int PATIENTS_SHOWN = 5;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "the export's format: ${COMPLETION-CANDIDATES}")
  private String format;

  @Parameters(
      index = "1",
      paramLabel = "SOURCE",
      description = "the export: a file, zip or folder, as the format expects")
  private Path source;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "the folder of canonical files to create or merge into")
  private Path out;

  @Option(
      names = "--patient-id",
      paramLabel = "ID",
      description =
          "the patient id for a one-person export (1-64 letters, digits, '.', '_', '-');"
              + " default: the export's own ids, or its file or folder name unless that is"
              + " the vendor's own (export.xml, activities.csv, ...)")
  private String patientId;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "the time zone in which time stamps in UTC (Strava, FHIR and Synthea instants"
              + " ending in Z) are dated, an IANA name such as Europe/London (default: this"
              + " computer's zone)")
  private String zone;

  @Option(
      names = "--pain-symptoms",
      paramLabel = "LIST",
      defaultValue = DEFAULT_PAIN_SYMPTOMS,
      description =
          "bearable: comma-separated symptoms that count as back pain (default:"
              + " ${DEFAULT-VALUE})")
  private String painSymptoms;

  @Option(
      names = "--leg-pain-symptoms",
      paramLabel = "LIST",
      defaultValue = DEFAULT_LEG_PAIN_SYMPTOMS,
      description =
          "bearable: comma-separated symptoms that count as leg pain (default: ${DEFAULT-VALUE})")
  private String legPainSymptoms;

  /** The format names, for the help and the parameter's candidates. */
  public static final class FormatNames implements Iterable<String> {
    /** Creates the list. */
    public FormatNames() {}

    @Override
    public Iterator<String> iterator() {
      return Importers.names().iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    Importer importer =
        Importers.byName(format)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown format \""
                            + format
                            + "\"; use one of: "
                            + String.join(", ", Importers.names())));
    if (patientId != null && !PatientIdRule.isValid(patientId)) {
      throw new ParameterException(
          spec.commandLine(),
          "--patient-id \"" + patientId + "\" is not a valid patient id; " + PatientIdRule.RULE);
    }
    ZoneId zoneId;
    try {
      // The one default a run takes from the machine: the user's own zone, as SPEC 7 asks.
      zoneId = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--zone \""
              + zone
              + "\" is not a time zone; use an IANA name such as Europe/London, or UTC");
    }
    ImportOptions options =
        new ImportOptions(patientId, symptoms(painSymptoms), symptoms(legPainSymptoms), zoneId);
    ImportLedger ledger;
    try {
      ledger = ImportRun.run(importer, source, options, out);
    } catch (ImportOptionException e) {
      throw new UsageException(e.getMessage());
    }
    print(ledger, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private static Set<String> symptoms(String list) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(list.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .forEach(names::add);
    return names;
  }

  private void print(ImportLedger ledger, PrintWriter w) {
    w.println("imported " + ledger.format() + " " + ledger.source() + " into " + out);
    List<String> patients = ledger.patients();
    String shown =
        String.join(", ", patients.subList(0, Math.min(PATIENTS_SHOWN, patients.size())));
    if (patients.size() > PATIENTS_SHOWN) {
      shown += ", and " + count(patients.size() - PATIENTS_SHOWN) + " more";
    }
    w.println(
        "  patients: " + count(patients.size()) + (patients.isEmpty() ? "" : " (" + shown + ")"));
    w.println(
        "  records: "
            + count(ledger.read())
            + " read = "
            + count(ledger.imported())
            + " imported + "
            + count(ledger.rejected())
            + " rejected + "
            + count(ledger.skipped())
            + " skipped + "
            + count(ledger.duplicates())
            + " duplicates");
    for (ImportLedger.FileCount file : ledger.files()) {
      w.println(
          "  "
              + file.file()
              + ": "
              + count(file.added())
              + " added, "
              + count(file.duplicates())
              + " duplicates");
    }
    if (!ledger.skips().isEmpty()) {
      w.println("  skipped:");
      ledger
          .skips()
          .forEach(
              s -> w.println("    " + count(s.records()) + " " + TerminalText.value(s.reason())));
    }
    if (!ledger.firstRejects().isEmpty()) {
      String shownRejects =
          ledger.rejected() > ledger.firstRejects().size()
              ? "first " + ledger.firstRejects().size() + " of " + count(ledger.rejected()) + "; "
              : "";
      w.println("  rejected (" + shownRejects + "all in " + out.resolve("rejects.csv") + "):");
      for (SourceReject r : ledger.firstRejects()) {
        w.println(
            "    "
                + r.file()
                + ", "
                + r.location()
                + ": "
                + TerminalText.quoting(r.reason(), r.value()));
      }
    }
    w.flush();
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
