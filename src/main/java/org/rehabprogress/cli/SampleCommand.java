package org.rehabprogress.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rehabprogress.pipeline.SampleRun;
import org.rehabprogress.sample.SampleConfig;
import org.rehabprogress.sample.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rehab sample}: writes realistic synthetic clinic data in the canonical CSV format. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes realistic synthetic clinic data (patients.csv, symptoms.csv, activities.csv,"
          + " events.csv, medications.csv) in the canonical CSV format.",
      "The same options always give the same bytes. The data holds a few planted faults"
          + " (duplicates, out-of-range values, bad dates, empty cells) for the checks to find."
    })
public final class SampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--patients",
      paramLabel = "N",
      defaultValue = "40",
      description = "Number of patients, 1-1000000 (default: ${DEFAULT-VALUE}).")
  int patients;

  @Option(
      names = "--days",
      paramLabel = "D",
      defaultValue = "180",
      description = "Days of follow-up for most patients, 28-3650 (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "7",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--end",
      paramLabel = "DAY",
      defaultValue = "2026-10-31",
      description = "Last day of the data, yyyy-MM-dd (default: ${DEFAULT-VALUE}).")
  LocalDate end;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "sample-data",
      description =
          "A new or empty folder to write the files into, created if needed (default:"
              + " ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--force",
      description =
          "Write into a folder that holds files, overwriting the sample's five files there (without"
              + " it, only a new or empty folder is written, so real data is never overwritten).")
  boolean force;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    check(
        patients >= SampleConfig.MIN_PATIENTS && patients <= SampleConfig.MAX_PATIENTS,
        "--patients must be 1-1000000, got " + patients);
    check(
        days >= SampleConfig.MIN_DAYS && days <= SampleConfig.MAX_DAYS,
        "--days must be 28-3650, got " + days);
    SampleConfig config = new SampleConfig(patients, days, seed, end);
    SampleSummary summary = SampleRun.write(config, out, force);
    if (quiet) {
      return ExitCodes.OK;
    }
    spec.commandLine()
        .getOut()
        .println(
            String.format(
                Locale.ROOT,
                "wrote %d patients, %d symptom rows, %d activity rows, %d events, %d medication"
                    + " rows and %d planted faults to %s",
                summary.patients(),
                summary.symptomRows(),
                summary.activityRows(),
                summary.eventRows(),
                summary.medicationRows(),
                summary.faults().size(),
                out));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private void check(boolean valid, String message) {
    if (!valid) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
