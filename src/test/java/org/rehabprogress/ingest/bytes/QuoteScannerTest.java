package org.rehabprogress.ingest.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one quote scanner: which characters lie outside quoted cells. */
class QuoteScannerTest {

  /** Marks each character of {@code text}: 'o' outside quoted cells, 'i' inside. */
  private static String marks(String text, char separator, char other) {
    QuoteScanner scanner = new QuoteScanner(separator, other);
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      marks.append(scanner.outside(text.charAt(i)) ? 'o' : 'i');
    }
    return marks.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // A quote opens a cell only where a cell starts; the closing quote counts as inside.
        "a,\"b,c\",d|oooiiiioo",
        // A doubled quote inside a quoted cell stands for one: the cell stays open.
        "\"x\"\"y\",z|oiiiiioo",
        // A stray quote in an unquoted cell is text: the comma after it separates.
        "no\"tes,\"q\"|ooooooooii",
        // Text after a closing quote leaves the cell closed; a later quote there is text.
        "\"a\"b\",c|oiioooo"
      })
  void tellsWhatLiesOutsideQuotedCells(String text, String marks) {
    assertEquals(marks, marks(text, ',', ','));
  }

  @Test
  void startsACellAfterALineEnd() {
    // A carriage return or line feed outside quotes starts a cell, so a quote after it opens one.
    assertEquals("oooiiii", marks("a\r\"b\nc\"", ',', ','));
    assertEquals("oooiiii", marks("a\n\"b\rc\"", ',', ','));
  }

  @Test
  void takesASecondSeparatorForTheHeader() {
    assertEquals("oooiiii", marks("a;\"b,c\"", ',', ';'));
    assertEquals("oooiiii", marks("a,\"b;c\"", ',', ';'));
  }

  @Test
  void takesOnlyTheFilesSeparatorForRows() {
    assertEquals("oooiiii", marks("a;\"b,c\"", ';', ';'));
    // With ',' the quote follows text ("a;"), so it is text and nothing is quoted.
    assertEquals("ooooooo", marks("a;\"b,c\"", ',', ','));
  }
}
