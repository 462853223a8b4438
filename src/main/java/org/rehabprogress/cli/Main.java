package org.rehabprogress.cli;

import picocli.CommandLine;

/** The entry point: builds the command line, runs it, and exits with its code. */
public final class Main {

  private Main() {}

  /** Runs rehab with the given arguments and exits with the command's exit code. */
  public static void main(String[] args) {
    Shell.main(commandLine(), Failures.CLI_MEMORY, args);
  }

  /**
   * Returns the command line that {@link #main} runs: exit codes and messages by {@link Failures},
   * terminal text by {@link TerminalWriter}.
   */
  public static CommandLine commandLine() {
    return Shell.of(new RehabCommand(), Failures.CLI_MEMORY);
  }
}
