package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.InputFileException;
import picocli.CommandLine;

class CatalogCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<String> outLines() {
    return out.toString().lines().toList();
  }

  @Test
  void printsTheBuiltInCatalogGroupedByClass() {
    ActivityCatalog builtin = CatalogCsv.builtin();

    int code = run("catalog");

    assertEquals(ExitCodes.OK, code);
    assertEquals("", err.toString());
    List<String> lines = outLines();
    assertEquals("sha256 " + CatalogCsv.sha256(builtin), lines.get(1));
    assertEquals("", lines.get(2));
    assertTrue(lines.get(3).matches("LOW_IMPACT \\(\\d+ activities\\)"), lines.get(3));
    assertTrue(lines.get(4).matches("  ACTIVITY +REASON +ALIASES"), lines.get(4));
    assertTrue(
        lines.contains(
            "  Golf                  twists the spine                                  golfing,"
                + " golf practice, driving range,"),
        out.toString());
    assertTrue(lines.contains("FLAGGED (59 activities)"), out.toString());
    assertEquals(
        "Names not listed are UNCLASSIFIED: every report lists them, and comparisons count them"
            + " as NEUTRAL.",
        lines.get(lines.size() - 1));
  }

  @Test
  void printsCsvThatReadsBackToTheSameCatalog(@TempDir Path dir)
      throws IOException, InputFileException {
    Path mine = dir.resolve("mine.csv");
    Files.writeString(
        mine,
        "activity,class,reason,aliases\nGolf,NEUTRAL,putting only,\nAqua zumba,LOW_IMPACT,,\n",
        StandardCharsets.UTF_8);

    int code = run("catalog", "--catalog", mine.toString(), "--format", "csv");

    assertEquals(ExitCodes.OK, code);
    assertEquals("activity,class,reason,aliases", outLines().get(0));
    assertTrue(
        outLines()
            .contains(
                "Golf,NEUTRAL,putting only,golfing|golf practice|driving range|pitch and putt"));
    ActivityCatalog reread =
        ActivityCatalog.of(CatalogCsv.read(new StringReader(out.toString()), "out.csv"));
    assertEquals(CatalogCsv.effective(mine).entries(), reread.entries());
  }

  @Test
  void namesTheUserFileInTheHeading(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.csv");
    Files.writeString(mine, "activity,class\nAqua zumba,LOW_IMPACT\n", StandardCharsets.UTF_8);
    int builtinSize = CatalogCsv.builtin().entries().size();

    int code = run("catalog", "--catalog", mine.toString());

    assertEquals(ExitCodes.OK, code);
    assertTrue(
        outLines()
            .get(0)
            .startsWith(
                "Activity catalog: built-in catalog + "
                    + mine
                    + " ("
                    + (builtinSize + 1)
                    + " activities, "),
        outLines().get(0));
  }

  @Test
  void exitsFourWithOneLineOnABadCatalogFile(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("catalog.csv");
    Files.writeString(
        bad, "activity,class\nWalking,LOW_IMPACT\nSwimming,LOW\n", StandardCharsets.UTF_8);

    int code = run("catalog", "--catalog", bad.toString());

    assertEquals(ExitCodes.BAD_INPUT_FILE, code);
    assertEquals("", out.toString());
    assertEquals(
        List.of(
            "rehab: "
                + bad
                + ":3: class \"LOW\" is not one of LOW_IMPACT, FLAGGED, NEUTRAL; fix the class"),
        err.toString().lines().toList());
  }

  @Test
  void exitsTwoOnAnUnknownFormat() {
    int code = run("catalog", "--format", "xml");

    assertEquals(ExitCodes.USAGE, code);
    assertEquals(
        "rehab: invalid value for option '--format': expected one of [text, csv] (case-sensitive)"
            + " but was 'xml'; rehab catalog --help lists the options",
        err.toString().lines().findFirst().orElseThrow());
  }

  @Test
  void printsHelp() {
    int code = run("catalog", "--help");

    assertEquals(ExitCodes.OK, code);
    assertEquals(
        "Usage: rehab catalog [-hV] [--catalog=FILE] [--format=FORMAT]", outLines().get(0));
    assertTrue(out.toString().contains("--catalog=FILE"), out.toString());
  }

  @Test
  void isListedAmongRehabsCommands() {
    int code = run("--help");

    assertEquals(ExitCodes.OK, code);
    assertTrue(
        outLines().stream().anyMatch(l -> l.matches("  catalog +Prints the effective .*")),
        out.toString());
  }
}
