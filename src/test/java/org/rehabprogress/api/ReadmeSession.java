package org.rehabprogress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * The README's jshell session, run for real: each {@code jshell>} line through the JDK's JShell API
 * in a separate JVM on a given class path, what jshell would show (the {@code name ==> value} line
 * and what the snippet printed) compared with the lines the README shows after it.
 */
final class ReadmeSession {

  /** The line that opens the session in the README. */
  static final String OPENING = "$ jshell --class-path target/rehab.jar";

  private static final String PROMPT = "jshell> ";

  /**
   * One snippet and what the README shows after it.
   *
   * @param source the snippet
   * @param shown the lines after it, trailing spaces and blank lines removed
   */
  record Step(String source, List<String> shown) {}

  private ReadmeSession() {}

  /** Returns the session's steps as the README writes them. */
  static List<Step> steps(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int at = lines.indexOf(OPENING);
    assertTrue(at > 0, "the README has a jshell session opening with " + OPENING);
    List<Step> steps = new ArrayList<>();
    String source = null;
    List<String> shown = new ArrayList<>();
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.equals("```")) {
        break;
      }
      if (line.startsWith(PROMPT)) {
        if (source != null) {
          steps.add(new Step(source, trimmed(shown)));
        }
        source = line.substring(PROMPT.length());
        shown = new ArrayList<>();
      } else {
        shown.add(line);
      }
    }
    steps.add(new Step(source, trimmed(shown)));
    return steps;
  }

  /**
   * Runs the steps in a jshell whose code runs in a separate JVM on {@code classPath} from the
   * working directory, and checks what each shows.
   */
  static void run(List<Step> steps, String classPath) throws InterruptedException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().out(out).err(out).build()) {
      for (String entry : classPath.split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      int number = 0;
      for (Step step : steps) {
        number++; // the jshell tool numbers the session's snippets from 1
        printed.reset();
        List<String> shows = new ArrayList<>();
        // As the jshell tool does: complete the line (an import needs no semicolon there).
        String source = shell.sourceCodeAnalysis().analyzeCompletion(step.source()).source();
        for (SnippetEvent e : shell.eval(source)) {
          assertNull(e.exception(), step.source());
          assertEquals(
              Snippet.Status.VALID,
              e.status(),
              () ->
                  step.source()
                      + ": "
                      + shell
                          .diagnostics(e.snippet())
                          .map(d -> d.getMessage(java.util.Locale.ROOT))
                          .toList());
          if (e.value() == null
              || e.value().isEmpty()
              || e.snippet().kind() == Snippet.Kind.IMPORT) {
            continue;
          }
          // The jshell tool names an expression's value by the snippet's number in the session.
          boolean named = e.snippet() instanceof VarSnippet v && !v.name().startsWith("$");
          String name = named ? ((VarSnippet) e.snippet()).name() : "$" + number;
          shows.add(name + " ==> " + e.value());
        }
        // What the snippet printed reaches this JVM through a socket: wait for its last line.
        for (int wait = 0; wait < 100 && !step.shown().isEmpty() && shows.isEmpty(); wait++) {
          if (trimmed(lines(printed)).size() >= step.shown().size()) {
            break;
          }
          Thread.sleep(50);
        }
        shows.addAll(lines(printed));
        assertEquals(step.shown(), trimmed(shows), step.source());
      }
    }
  }

  private static List<String> lines(ByteArrayOutputStream printed) {
    String text = printed.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.stripTrailing());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
