package org.rehabprogress.cli;

import org.rehabprogress.ingest.InputFileException;
import picocli.CommandLine;

/** The entry point: builds the command line, runs it, and exits with its code. */
public final class Main {

  private Main() {}

  /** Runs rehab with the given arguments and exits with the command's exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * Returns the command line that {@link #main} runs, with the exit-code mapping of the spec: 0
   * done, 1 internal error, 2 usage error, 3 rejected rows under --strict, 4 unreadable or
   * malformed input.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RehabCommand());
    cli.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          if (exception instanceof InputFileException) {
            commandLine.getErr().println("rehab: " + exception.getMessage());
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
}
