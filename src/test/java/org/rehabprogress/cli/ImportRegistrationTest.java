package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code rehab import} as the top-level command shows it. */
class ImportRegistrationTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void rehabListsImportAmongItsCommands() {
    assertEquals(0, run("--help"));
    assertTrue(
        out.toString().lines().anyMatch(line -> line.strip().startsWith("import ")),
        out.toString());
  }

  @Test
  void rehabWithoutACommandIsAUsageErrorNamingImport() {
    assertEquals(2, run());
    assertEquals(
        "rehab: name a command: report, cohort, validate, anonymise, import, catalog or sample;"
            + " rehab --help lists the options",
        err.toString().lines().findFirst().orElse(""));
  }

  @Test
  void importPrintsTheToolVersion() {
    assertEquals(0, run("import", "--version"));
    assertTrue(out.toString().strip().matches("rehab \\d+\\.\\d+\\.\\d+\\S*"), out.toString());
  }
}
