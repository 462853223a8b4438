package org.rehabprogress.cli;

import picocli.CommandLine.Command;

/** The top-level {@code rehab} command; its subcommands do the work. */
@Command(
    name = "rehab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Activity and symptom reports for people with failed back surgery syndrome or chronic low"
          + " back pain in conservative treatment.",
      "Decision support: every verdict shows its numbers and rule; nothing recommends a treatment."
    },
    subcommands = {
      ReportCommand.class,
      CohortCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      CatalogCommand.class,
      SampleCommand.class,
      AnonymiseCommand.class
    })
public final class RehabCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "name a command: report, cohort, validate, anonymise, import, catalog or sample");
  }
}
