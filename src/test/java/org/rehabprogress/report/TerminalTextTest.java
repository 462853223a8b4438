package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // input with \\uXXXX written out | as the terminal shows it
        "Walk\\u001b]0;owned\\u0007 | Walk\\e]0;owned\\u0007",
        "left\\u202eright | left\\u202eright",
        "a\\tb\\nc\\rd | a\\tb\\nc\\rd",
        "\\u0000\\u007f\\u0085\\u009b | \\u0000\\u007f\\u0085\\u009b",
        "zero\\u200bwidth\\u2066iso\\ufeff | zero\\u200bwidth\\u2066iso\\ufeff",
        "Café 🚶 | Café 🚶",
      })
  void makesEveryControlCharacterVisible(String input, String shown) {
    assertEquals(shown, TerminalText.visible(unescape(input), true));
  }

  @Test
  void leavesPlainTextAsItIs() {
    String text = "Walking, 30 min";
    assertSame(text, TerminalText.value(text));
  }

  @Test
  void shortensAValueOverAHundredCharactersToItsFirstSixty() {
    String hundred = "x".repeat(100);
    assertEquals(hundred, TerminalText.value(hundred));
    assertEquals("y".repeat(60) + "…(101 characters)", TerminalText.value("y".repeat(101)));
    // A surrogate pair is not cut in half: 59 letters, then the walker (two chars) would end at 61.
    String walker = "z".repeat(59) + "🚶" + "z".repeat(50);
    assertEquals("z".repeat(59) + "…(111 characters)", TerminalText.value(walker));
  }

  @Test
  void shortensTheValueAReasonQuotes() {
    String value = "1".repeat(200);
    assertEquals(
        "pain \"" + "1".repeat(60) + "…(200 characters)\" is not a number\\e",
        TerminalText.quoting("pain \"" + value + "\" is not a number\u001b", value));
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && text.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && text.charAt(i + 1) == 't') {
        out.append('\t');
        i++;
      } else if (c == '\\' && text.charAt(i + 1) == 'n') {
        out.append('\n');
        i++;
      } else if (c == '\\' && text.charAt(i + 1) == 'r') {
        out.append('\r');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
