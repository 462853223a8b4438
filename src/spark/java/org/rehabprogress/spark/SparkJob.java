package org.rehabprogress.spark;

import org.rehabprogress.cli.Failures;
import org.rehabprogress.cli.Shell;
import org.rehabprogress.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark job: {@code rehab cohort} and {@code rehab anonymise} for inputs that outgrow one
 * machine, with the same options and results. Run it with {@code spark-submit --class
 * org.rehabprogress.spark.SparkJob --jars rehab.jar rehab-spark.jar cohort --in URI --out URI ...}
 * (this source set is rehab-spark.jar; the core it runs on is rehab.jar), or on this machine with
 * {@code --master local[N]} and both jars and Spark's on the class path. Exit codes and messages
 * are the CLI's, from the shared shell ({@code cli.Shell}, {@code cli.Failures}).
 */
@Command(
    name = "rehab-spark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "rehab cohort and rehab anonymise on Apache Spark: the same rules and figures, for inputs"
          + " that outgrow one machine; and parquet, a copy of the canonical files as Parquet"
          + " sorted by patient id."
    },
    subcommands = {CohortJob.class, AnonymiseJob.class, ParquetJob.class})
public final class SparkJob implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the job with the given arguments and exits with its exit code. */
  public static void main(String[] args) {
    Shell.main(commandLine(), Failures.SPARK_MEMORY, args);
  }

  /** Returns the command line {@link #main} runs, with the CLI's exit codes and messages. */
  public static CommandLine commandLine() {
    return Shell.of(new SparkJob(), Failures.SPARK_MEMORY);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a job: cohort, anonymise or parquet");
  }
}
