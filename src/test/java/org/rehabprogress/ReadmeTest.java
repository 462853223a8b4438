package org.rehabprogress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabprogress.cli.Main;
import picocli.CommandLine;

/**
 * docs/commands.md shows the real --help of every command, and the README opens with the two plain
 * commands; kept true by this test.
 */
class ReadmeTest {

  private static String readme() throws Exception {
    return Files.readString(ProjectRoot.resolve("README.md"), StandardCharsets.UTF_8);
  }

  private static String commands() throws Exception {
    return Files.readString(ProjectRoot.resolve("docs/commands.md"), StandardCharsets.UTF_8);
  }

  private static String block(String title, CommandLine command) {
    String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing();
    return "### `" + title + "`\n\n```\n" + usage + "\n```\n";
  }

  @Test
  void showsTheHelpOfEveryCommandAsTheCommandPrintsIt() throws Exception {
    String readme = commands();
    CommandLine top = Main.commandLine();
    List<String> missing = new ArrayList<>();
    if (!readme.contains(block("rehab --help", top))) {
      missing.add(block("rehab --help", top));
    }
    for (Map.Entry<String, CommandLine> sub : top.getSubcommands().entrySet()) {
      String title = "rehab " + sub.getKey() + " --help";
      if (!readme.contains(block(title, sub.getValue()))) {
        missing.add(block(title, sub.getValue()));
      }
    }
    assertTrue(
        missing.isEmpty(), "docs/commands.md lacks or misquotes:\n" + String.join("\n", missing));
  }

  @Test
  void opensWithTheTwoCommands() throws Exception {
    String readme = readme();
    int build = readme.indexOf("mvn -q -DskipTests package && java ");
    int verify = readme.indexOf("\nmvn verify\n");
    assertTrue(build > 0 && verify > build && verify < 1200, "the two commands come first");
    assertTrue(readme.lines().count() < 400, "the README is a user's guide under 400 lines");
  }
}
