package org.rehabprogress.spark;

import org.rehabprogress.cli.ExitCodes;
import org.rehabprogress.cli.UsageException;
import org.rehabprogress.cli.VersionProvider;
import org.rehabprogress.ingest.InputFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark job: {@code rehab cohort} and {@code rehab anonymise} for inputs that outgrow one
 * machine, with the same options and results. Run it with {@code spark-submit --class
 * org.rehabprogress.spark.SparkJob rehab.jar cohort --in URI --out URI ...}, or on this machine
 * with {@code --master local[N]} and Spark's jars on the class path.
 */
@Command(
    name = "rehab-spark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "rehab cohort and rehab anonymise on Apache Spark: the same rules and figures, for inputs"
          + " that outgrow one machine."
    },
    subcommands = {CohortJob.class, AnonymiseJob.class})
public final class SparkJob implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the job with the given arguments and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Returns the command line {@link #main} runs, with the CLI's exit codes. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SparkJob());
    cli.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          InputFileException input = JobFailure.problem(exception);
          if (input != null) {
            commandLine.getErr().println("rehab: " + input.getMessage());
            commandLine.getErr().flush();
            return ExitCodes.BAD_INPUT_FILE;
          }
          if (exception instanceof UsageException) {
            commandLine.getErr().println("rehab: " + exception.getMessage());
            commandLine.getErr().flush();
            return ExitCodes.USAGE;
          }
          commandLine.getErr().println("rehab: internal error, please report it with this trace:");
          exception.printStackTrace(commandLine.getErr());
          commandLine.getErr().flush();
          return ExitCodes.INTERNAL;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a job: cohort or anonymise");
  }
}
