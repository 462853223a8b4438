package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {

  private final StringWriter raw = new StringWriter();
  private final PrintWriter terminal = TerminalWriter.of(new PrintWriter(raw));

  @Test
  void makesControlCharactersVisibleWhateverPrintsThem() {
    terminal.println("title \u001b]0;owned\u0007 done");
    terminal.print('\u001b');
    terminal.write("[2J\r\t\n".toCharArray());
    terminal.printf("%s%n", "\u202eevil");
    terminal.flush();
    assertEquals("title \\e]0;owned\\u0007 done\n\\e[2J\\r\t\n\\u202eevil\n", raw.toString());
  }

  @Test
  void cutsALineOfMoreThanTwoThousandCharacters() {
    terminal.println("x".repeat(2500));
    terminal.println("next");
    terminal.flush();
    assertEquals("x".repeat(2000) + "…(500 more characters)\nnext\n", raw.toString());
  }

  @Test
  void wrapsOnceAndGivesTheProgressBarTheRawWriter() {
    assertSame(terminal, TerminalWriter.of(terminal));
    TerminalWriter.raw(terminal).print("\rbar");
    TerminalWriter.raw(terminal).flush();
    assertEquals("\rbar", raw.toString());
  }
}
